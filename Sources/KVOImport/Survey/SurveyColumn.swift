import KVOModel

/// What one column of a survey export holds, by the convention of docs/import.md (or by the
/// mapping file): the respondent's park, a question of a subject (closed: its answers are
/// counted; open: kept word for word), or something that is not imported.
public enum SurveyColumn: Equatable, Sendable {
    case park
    /// `problems`: the answers that report a problem (folded), when the mapping says which. `id`:
    /// the question's ID in the survey tool, when the header or the mapping gives one.
    case question(subject: Int?, text: String, open: Bool, problems: Set<String>?, id: String?)
    /// Could identify a respondent: dropped, and named in a notice.
    case identity
    /// Dropped because the mapping says so.
    case dropped
    /// No subject number and no mapping: not imported; the reason is shown.
    case unknown(Message)

    /// The column by its header alone.
    public static func classify(_ header: String) -> SurveyColumn {
        if parkHeaders.contains(header.folded) { return .park }
        if let (subject, text, _) = numbered(header) {
            // Identity wins over numbering: "1. Wat is de naam van uw bedrijf?" is no subject 1.
            if IdentityColumns.asksIdentity(text) { return .identity }
            guard let s = ThemeCatalogue.handbook.subject(subject) else { return .unknown(Message(en: "\(subject) is no survey subject (1 to 44)", nl: "\(subject) is geen onderwerp van de enquête (1 tot 44)")) }
            let (question, markedOpen) = openMark(text)
            return .question(subject: subject, text: question.isEmpty ? s.dutch : question, open: markedOpen || s.mandatoryOpenQuestion, problems: nil,
                             id: code(header))
        }
        if IdentityColumns.isIdentity(header) || toolIdentityColumns.contains(header.folded) { return .identity }
        if toolColumns.contains(header.folded) { return .unknown(Message(en: "the survey tool's own column", nl: "een eigen kolom van het enquêteprogramma")) }
        // A form built from the KVO question list (Microsoft Forms, Typeform) heads a question
        // with the subject's own name, unnumbered.
        if let s = subject(named: header) {
            return .question(subject: s.number, text: header, open: s.mandatoryOpenQuestion, problems: nil, id: nil)
        }
        return .unknown(header.isEmpty ? Message(en: "no header", nl: "geen kop") : Message(en: "no subject number", nl: "geen onderwerpnummer"))
    }

    /// The tools' own columns that tie a row to a respondent (Typeform's `#` response ID and
    /// `Network ID`, LimeSurvey's `seed` and `refurl`): dropped as identity.
    static let toolIdentityColumns: Set<String> = ["#", "network id", "seed", "refurl"]
    /// The tools' own bookkeeping (Typeform, LimeSurvey): not answers, named as the tool's.
    static let toolColumns: Set<String> = ["response type", "tags", "ending", "lastpage", "startlanguage", "datestamp"]

    /// The subject of the KVO question list whose Dutch or English name the header is (case,
    /// accents, punctuation and blanks aside).
    static func subject(named header: String) -> Subject? {
        let key = nameKey(header)
        guard !key.isEmpty else { return nil }
        return ThemeCatalogue.handbook.subjects.first { nameKey($0.dutch) == key || nameKey($0.english) == key }
    }

    private static func nameKey(_ text: String) -> String { String(text.folded.filter { $0.isLetter || $0.isNumber }) }

    /// Headers that name the respondent's park (the results' `park`).
    static let parkHeaders: Set<String> = [ResultRecord.Field.park, "terrein", "bedrijventerrein", "park id", "terrein id", "parknaam", "park naam", "terreinnaam"]

    /// `12 Hoe vaak ...`, `12. Hoe ...`, `12a ...`, `12.1 ...`, `S12: ...`, `S 12 - ...`, `Onderwerp 12: ...`:
    /// the subject number, the question after it, and the part of the subject as written (`a`,
    /// `.1`; empty for none). A survey program's own numbering (Q1, V1) is not a subject number and
    /// is not read as one.
    static func numbered(_ header: String) -> (Int, String, String)? {
        var s = Substring(header.drop { $0 == " " })
        for prefix in ["onderwerp", ResultRecord.Field.subject, "s"] where s.lowercased().hasPrefix(prefix) {
            let rest = s.dropFirst(prefix.count).drop { $0 == " " }
            if rest.first?.isASCII == true, rest.first?.isNumber == true { s = rest; break }
        }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let number = Int(digits) else { return nil }
        let afterNumber = s.dropFirst(digits.count)
        var rest = afterNumber
        // A part of the subject: 12a, 12.1
        if let c = rest.first, c.isASCII, c.isLowercase, rest.dropFirst().first.map(isSeparator) ?? true {
            rest = rest.dropFirst()
        } else if rest.first == ".", rest.dropFirst().first?.isNumber == true {
            rest = rest.dropFirst().drop { $0.isNumber }
        }
        guard rest.isEmpty || isSeparator(rest.first!) else { return nil }
        let part = String(afterNumber.prefix(afterNumber.count - rest.count))
        let text = rest.drop { isSeparator($0) }
        return (number, String(text).trimmedBlanks, part)
    }

    /// The code a header gives its question beyond the subject, as its ID in the survey tool
    /// (`results.questionId`): the part of a subject (`12a ...`, `12.1 ...`: one of several
    /// questions on it) or a survey program's own code, a letter and a number (`Q3 ...`, `V12b: ...`).
    /// A bare subject number (`12 ...`) is the subject, not a question's ID: several questions may
    /// share it.
    static func code(_ header: String) -> String? {
        if let (subject, _, part) = numbered(header) { return part.isEmpty ? nil : "\(subject)\(part)" }
        let s = Substring(header.drop { $0 == " " })
        let letters = s.prefix { $0.isASCII && $0.isLetter }
        let digits = s.dropFirst(letters.count).prefix { $0.isASCII && $0.isNumber }
        guard letters.count == 1, !digits.isEmpty, digits.count <= 3 else { return nil }
        var rest = s.dropFirst(letters.count + digits.count)
        // A part: Q3a, Q3_1, Q3.1
        if let c = rest.first, c.isASCII, c.isLowercase, rest.dropFirst().first.map(isSeparator) ?? true {
            rest = rest.dropFirst()
        } else if rest.first == "." || rest.first == "_", rest.dropFirst().first?.isNumber == true {
            rest = rest.dropFirst().drop { $0.isNumber }
        }
        guard rest.isEmpty || isSeparator(rest.first!) else { return nil }
        return String(s.prefix(s.count - rest.count))
    }

    private static func isSeparator(_ c: Character) -> Bool { " :.)-–—\t".contains(c) }

    /// A question text ending in "(open)": that text without it, and true.
    static func openMark(_ text: String) -> (String, Bool) {
        let lower = text.lowercased()
        guard lower.hasSuffix("(open)") else { return (text, false) }
        return (String(text.dropLast(6)).trimmedBlanks, true)
    }
}

extension String {
    var trimmedBlanks: String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[first...last])
    }
}
