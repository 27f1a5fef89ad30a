import pkg from '../../package.json' with { type: 'json' };

/** The product version, from package.json. */
export const PRODUCT_VERSION: string = pkg.version;
