#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { PRODUCT_VERSION } from '../platform/version';
import { registerServeCommand } from './serve-command';
import { registerDbCommands } from './db-commands';
import { registerDemoCommand } from './demo-command';
import { registerDocsCommands } from './docs-commands';
import { registerUsersCommands } from './users-commands';
import { registerTasksCommands } from './tasks-commands';
import { registerReportCommands } from './report-commands';
import { registerSchedulerCommand } from './scheduler-command';
import { registerInvestmentCommands } from '../investment/investment-commands';
import { registerIndicatorCommands } from '../indicators/indicators-commands';
import { registerEvaluationCommands } from '../evaluation/evaluation-commands';
import { registerPeriodicReportCommands } from '../periodic-reports/periodic-reports-commands';
import { registerExtractCommand } from './extract-command';
import { registerCitizenCommands } from '../citizens/citizens-commands';
import { EXIT_BAD_INPUT, reportError } from './run-command';

/** The `dieuhanh` command line. */
const program = new Command()
  .name('dieuhanh')
  .description('Điều hành: hệ thống chỉ đạo, điều hành của UBND tỉnh')
  .version(PRODUCT_VERSION)
  .showHelpAfterError()
  .exitOverride();

registerServeCommand(program);
registerDbCommands(program);
registerDemoCommand(program);
registerDocsCommands(program);
registerUsersCommands(program);
registerTasksCommands(program);
registerReportCommands(program);
registerSchedulerCommand(program);
registerInvestmentCommands(program);
registerIndicatorCommands(program);
registerEvaluationCommands(program);
registerPeriodicReportCommands(program);
registerExtractCommand(program);
registerCitizenCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
  } else {
    reportError(e);
  }
}
