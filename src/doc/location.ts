/** Line and column of an offset, for display only: both 1-based, the column in UTF-16 code units. */
export interface LineColumn {
  readonly line: number
  readonly column: number
}

/**
 * A lookup of line and column by offset into `text` (line breaks: \n, \r\n, \r), the line starts found once.
 */
export function locator(text: string): (offset: number) => LineColumn {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 }
  }
}
