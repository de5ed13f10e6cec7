import KVOModel

/// The columns of a survey export as the import reads them, after the tool's own header layout:
/// SurveyMonkey writes two header rows, the question on the first (empty over the second and
/// later options of a multiple-choice question) and under it `Response`, `Open-Ended Response`
/// or, for a question with one column per option, the option's text. The second row is a header,
/// never a respondent. LimeSurvey and Typeform write one column per option in a single header row:
/// `G01Q03[SQ001]` or `12 Kanalen [App-groep]`, the cell `Y`/the option when ticked.
struct SurveyLayout {
    /// Per column: the question's header (for an option column, the question it belongs to).
    var headers: [String]
    /// Per column: the option it counts, for a column per option; nil for an ordinary column.
    var options: [String?]
    /// Columns SurveyMonkey marks `Open-Ended Response` or "Other (please specify)": open answers.
    var open: Set<Int> = []
    /// The respondents' rows (without SurveyMonkey's second header row).
    var rows: [CSVTable.Row]
    /// The header rows read (1, or 2 for SurveyMonkey).
    var headerRows = 1

    /// How a column is named in messages: the header, with its option after it.
    func name(_ i: Int) -> String { options[i].map { "\(headers[i]) [\($0)]" } ?? headers[i] }

    init(_ table: CSVTable) {
        headers = table.header
        options = Array(repeating: nil, count: table.header.count)
        rows = table.rows
        if let second = table.rows.first, Self.isSurveyMonkeySecondRow(second, header: table.header) {
            combine(table.header, second)
            rows.removeFirst()
            headerRows = 2
        } else {
            for (i, h) in headers.enumerated() { if let (q, o) = Self.bracketOption(h) { (headers[i], options[i]) = (q, o) } }
        }
    }

    /// SurveyMonkey's words in the second header row (English and Dutch exports).
    static let responseWords: Set<String> = ["response", "open ended response", "antwoord", "reactie", "open antwoord", "open reactie"]
    static let openWords: Set<String> = ["open ended response", "open antwoord", "open reactie", "other (please specify)", "anders (geef op)",
                                         "anders (graag specificeren)", "overig (geef op)"]

    /// The second row is SurveyMonkey's when it names `Response` (or `Open-Ended Response`) and
    /// leaves empty the columns about the respondent, whose header the first row gives alone.
    static func isSurveyMonkeySecondRow(_ row: CSVTable.Row, header: [String]) -> Bool {
        guard row.fields.contains(where: { responseWords.contains($0.folded) }) else { return false }
        return header.indices.allSatisfy { i in !IdentityColumns.isIdentity(header[i]) || row[i].isEmpty }
    }

    private mutating func combine(_ top: [String], _ second: CSVTable.Row) {
        var question = ""
        for i in top.indices {
            if !top[i].isEmpty { question = top[i] }
            let sub = second[i], word = sub.folded
            headers[i] = question
            if Self.openWords.contains(word) {
                open.insert(i)
            } else if !sub.isEmpty, !Self.responseWords.contains(word) {
                options[i] = sub
            }
        }
    }

    /// `12 Kanalen [App-groep]`, `G01Q03[SQ001]`: the question and the option in brackets at the end.
    static func bracketOption(_ header: String) -> (String, String)? {
        guard header.hasSuffix("]"), let open = header.lastIndex(of: "[") else { return nil }
        let question = String(header[..<open]).trimmedBlanks
        let option = String(header[header.index(after: open)..<header.index(before: header.endIndex)]).trimmedBlanks
        guard !question.isEmpty, !option.isEmpty else { return nil }
        return (question, option)
    }

    /// Whether a cell of an option column says the option was chosen: anything but empty or a no.
    static func ticked(_ value: String) -> Bool {
        !value.isEmpty && !["n", "nee", "no", "0", "false", "onwaar", "not selected", "niet geselecteerd"].contains(value.folded)
    }
}

/// Answers to a multiple-choice question written in one cell: Microsoft Forms `a;b;`, other
/// tools `a;b`, Google Forms `a, b`. Each chosen option is counted once.
enum MultiSelect {
    /// How to split the answers of one column. `;` always separates options (no single answer
    /// option of a closed question holds one). `, ` does only where every part is an option in
    /// its own right: given alone by some respondent, or part of two different combinations;
    /// so `Ja, vaak` stays one answer unless `vaak` is also an option.
    static func splitter(for values: [String]) -> (String) -> [String] {
        let commaParts = values.filter { $0.contains(", ") && !$0.contains(";") }.map(parts(comma:))
        var alone = Set(values.filter { !$0.contains(", ") && !$0.contains(";") })
        var combinations: [String: Set<[String]>] = [:]
        for p in commaParts { for part in p { combinations[part, default: []].insert(p) } }
        for (part, seen) in combinations where seen.count >= 2 { alone.insert(part) }
        return { value in
            if value.contains(";") { return unique(value.split(separator: ";").map { String($0).trimmedBlanks }.filter { !$0.isEmpty }) }
            let p = parts(comma: value)
            return p.count > 1 && p.allSatisfy(alone.contains) ? unique(p) : [value]
        }
    }

    private static func parts(comma value: String) -> [String] {
        value.split(separator: ",").map { String($0).trimmedBlanks }.filter { !$0.isEmpty }
    }

    private static func unique(_ parts: [String]) -> [String] {
        var seen = Set<String>()
        return parts.filter { seen.insert($0).inserted }
    }
}
