import KVOModel

/// Finds places in a CSV text for messages: where each field of a row starts, and where a quote
/// is out of place. SwiftCSV reads the values but reports no positions; this reads nothing, it
/// only walks the characters of one row the way a CSV reader does, counting lines and columns
/// (columns count characters, as kvo's other messages do).
struct CSVRowScanner: Sendable {
    struct Scan {
        var fieldStarts: [(line: Int, column: Int)] = []
        var problem: (line: Int, column: Int, message: Message, hint: Message)?
        /// The opening quote of a field that runs to the end of the text.
        var unclosedQuote: (line: Int, column: Int)?
    }

    let text: String
    let separator: Character
    /// Where each line starts.
    private let lineStarts: [String.Index]

    init(text: String, separator: Character) {
        self.text = text
        self.separator = separator
        var starts = [text.startIndex]
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            i = text.index(after: i)
            if c == "\n" || c == "\r\n" { starts.append(i) }
        }
        lineStarts = starts
    }

    /// The line and column of the first occurrence of a character.
    func position(ofFirst target: Character) -> (line: Int, column: Int)? {
        var line = 1, column = 1
        for c in text {
            if c == target { return (line, column) }
            if c == "\n" || c == "\r\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    /// Walks the row that starts at `line`, to its end or its first problem.
    func scan(rowAt line: Int) -> Scan {
        var result = Scan()
        guard line >= 1, line <= lineStarts.count else { return result }
        enum State { case fieldStart, unquoted, quoted, afterQuote }
        var state = State.fieldStart
        var i = lineStarts[line - 1]
        var (l, col) = (line, 1)
        var openQuote = (line: line, column: 1)
        result.fieldStarts.append((l, col))
        func next() -> Character? {
            let j = text.index(after: i)
            return j < text.endIndex ? text[j] : nil
        }
        while i < text.endIndex {
            let c = text[i]
            let isBreak = c == "\n" || c == "\r\n"
            switch state {
            case .fieldStart, .unquoted, .afterQuote:
                if isBreak { return result }
                if c == separator {
                    state = .fieldStart
                    result.fieldStarts.append((l, col + 1))
                } else if state == .fieldStart {
                    if c == "\"" {
                        state = .quoted
                        openQuote = (l, col)
                    } else if c != " " && c != "\t" {
                        state = .unquoted
                    }
                } else if state == .unquoted, c == "\"" {
                    if next() == "\"" {
                        i = text.index(after: i)
                        col += 1
                    } else {
                        result.problem = (l, col, Message(en: "a quote inside a field that does not start with one",
                                                          nl: "een aanhalingsteken midden in een veld dat er niet mee begint"),
                                          Message(en: "put the whole field in quotes and double the quote: \"5\"\" buis\"",
                                                  nl: "zet het hele veld tussen aanhalingstekens en schrijf het aanhalingsteken dubbel: \"5\"\" buis\""))
                        return result
                    }
                } else if state == .afterQuote, c != " " && c != "\t" {
                    result.problem = (l, col, Message(en: "text after the closing quote of a field",
                                                      nl: "tekst na het sluitende aanhalingsteken van een veld"),
                                      Message(en: "a quote inside a quoted field is written twice: \"Café \"\"De Brug\"\"\"",
                                              nl: "een aanhalingsteken binnen een veld tussen aanhalingstekens schrijft u dubbel: \"Café \"\"De Brug\"\"\""))
                    return result
                }
            case .quoted:
                if c == "\"" {
                    if next() == "\"" {
                        i = text.index(after: i)
                        col += 1
                    } else {
                        state = .afterQuote
                    }
                }
            }
            i = text.index(after: i)
            if isBreak { l += 1; col = 1 } else { col += 1 }
        }
        if state == .quoted { result.unclosedQuote = openQuote }
        return result
    }
}
