/** A failing field or parameter, as a problem's `errors` lists it. */
export interface FieldError {
  /** JSON Pointer into the body (`/sources/0/quote`) or the parameter name (`country`). */
  field: string;
  message: string;
}
