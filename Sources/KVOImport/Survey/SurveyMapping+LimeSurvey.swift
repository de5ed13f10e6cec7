import KVOModel

/// A LimeSurvey survey structure (*Display/Export → Survey structure (.txt)*, tab-separated) read
/// as a mapping: LimeSurvey's response export with answer codes heads each column with a
/// question code (`G01Q01`, `S42[SQ001]`) and writes answer codes (`A1`, `Y`); the structure
/// holds what they stand for. Its columns are `class`, `type/scale`, `name` and `text` among
/// others; a row of class `Q` is a question (its code in `name`, its text in `text`), the `SQ`
/// rows after it its subquestions (the option columns `CODE[SQ001]`) and the `A` rows its answer
/// options (code and text). A question text numbered by the convention (`5 Hoe veilig ...`) or
/// that is a subject's name gives the subject; LimeSurvey's free-text types (S, T, U) are open.
extension SurveyMapping {
    static func isLimeSurveyStructure(_ table: CSVTable) -> Bool {
        let header = Set(table.header.map(\.folded))
        return ["class", "type/scale", "name", "text"].allSatisfy(header.contains)
    }

    static func limeSurveyEntries(_ table: CSVTable) throws(Diagnostic) -> [Entry] {
        func at(_ name: String) -> Int { table.header.firstIndex { $0.folded == name }! }
        let (classAt, typeAt, nameAt, textAt) = (at("class"), at("type/scale"), at("name"), at("text"))
        var entries: [Entry] = []
        for row in table.rows {
            let code = row[nameAt].trimmedBlanks, text = plain(row[textAt])
            switch row[classAt].trimmedBlanks.uppercased() {
            case "Q":
                entries.append(question(code: code, type: row[typeAt].trimmedBlanks, text: text, row: row))
            case "SQ", "A":
                guard !entries.isEmpty, !code.isEmpty else { continue }
                entries[entries.count - 1].labels[code] = text
            default:
                continue
            }
        }
        guard !entries.isEmpty else {
            throw table.error(Message(en: "this LimeSurvey survey structure has no question (no row of class Q)",
                                      nl: "deze opbouw van een LimeSurvey-enquête heeft geen vraag (geen regel van klasse Q)"), header: classAt)
        }
        return entries
    }

    private static func question(code: String, type: String, text: String, row: CSVTable.Row) -> Entry {
        let numbered = SurveyColumn.numbered(text)
        let subject = numbered.flatMap { ThemeCatalogue.handbook.subject($0.0) != nil ? $0.0 : nil } ?? SurveyColumn.subject(named: text)?.number
        let open = ["S", "T", "U"].contains(type.uppercased())
        var entry = Entry(column: code, role: open ? .open : .question, subject: subject, question: numbered?.1 ?? text, problems: nil,
                          questionID: code, row: row)
        entry.required = false
        return entry
    }

    /// A LimeSurvey text without its HTML markup (`<p>5 Hoe veilig ...</p>`).
    static func plain(_ html: String) -> String {
        var out = "", inTag = false
        for c in html {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        return out.replacing("&nbsp;", with: " ").replacing("&amp;", with: "&").trimmedBlanks
    }
}
