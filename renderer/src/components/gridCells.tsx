// Ids and contract errors for the cells of an editable line grid (order lines, journal lines): each cell has a
// stable id, and an error from main at `lines.<index>.<cell>` is shown under the cell and announced with it.

export interface GridLine {
  key: number;
}

export function gridCells(idPrefix: string, errors: Record<string, string>) {
  const cellId = (key: number, cell: string) => `${idPrefix}-${key}-${cell}`;
  return {
    cellId,
    errorOf: (index: number, cell: string): string | undefined => errors[`lines.${index}.${cell}`],
    /** aria attributes tying a cell to its error. */
    describedBy: (line: GridLine, cell: string, error: string | undefined) => ({
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? cellId(line.key, `${cell}-error`) : undefined,
    }),
    errorText: (line: GridLine, cell: string, error: string | undefined) =>
      error ? (
        <p id={cellId(line.key, `${cell}-error`)} className="field-error">
          {error}
        </p>
      ) : null,
  };
}
