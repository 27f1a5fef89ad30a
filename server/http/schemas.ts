import { z } from 'zod';

/** The one error shape of the API. */
export const errorBody = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().optional(),
  details: z
    .array(
      z.object({
        code: z.string(),
        message: z.string(),
        field: z.string().optional(),
        row: z.number().optional(),
        column: z.string().optional(),
      }),
    )
    .optional(),
});

/** The error responses every endpoint may give, for the OpenAPI document. */
export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
  412: errorBody,
  413: errorBody,
  422: errorBody,
  429: errorBody,
} as const;

/** A local date parameter `YYYY-MM-DD`. */
export const dateParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dạng YYYY-MM-DD');
