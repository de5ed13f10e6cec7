import KVOModel

/// Who answered, as far as telling respondents apart needs: a survey tool that exports everything
/// so far (Google Forms, Microsoft Forms, SurveyMonkey) repeats the earlier respondents in every
/// new download. Each respondent gets a key from the tool's respondent or response ID, else the
/// moment they submitted, else the whole row; the ledger entry of an import keeps those keys,
/// hashed (the first 10 hex digits of SHA-256: nothing of the respondent is stored in the open),
/// so a later download counts only the respondents that are new.
struct RespondentKeys {
    enum Basis: Equatable { case id(Int), timestamp(Int), row }

    let basis: Basis

    /// Headers of a respondent or response ID column, folded without blanks, most specific first.
    static let idHeaders = ["respondentid", "responseid", "antwoordid", "reactieid", "id", "token", "#", "responsnummer", "respondentnummer"]
    /// Headers of the moment a respondent submitted (or started).
    static let timeHeaders = ["tijdstempel", "timestamp", "submitdate", "datesubmitted", "submittedat", "submittedatutc", "tijdvanvoltooien",
                              "completiontime", "enddate", "einddatum", "begintijd", "starttime", "startdate"]

    init(headers: [String]) {
        let keys = headers.map { String($0.folded.filter { !$0.isWhitespace }) }
        if let i = Self.idHeaders.lazy.compactMap({ h in keys.firstIndex(of: h) }).first {
            basis = .id(i)
        } else if let i = Self.timeHeaders.lazy.compactMap({ h in keys.firstIndex(of: h) }).first {
            basis = .timestamp(i)
        } else {
            basis = .row
        }
    }

    /// A row's key; nil for a row whose ID or time is empty (then it is a respondent of its own).
    func key(_ row: CSVTable.Row) -> String? {
        let text: String
        switch basis {
        case .id(let i): text = "id " + row[i]
        case .timestamp(let i): text = "time " + row[i]
        case .row: text = "row " + row.fields.joined(separator: "\u{1F}")
        }
        if case .row = basis {} else if text.hasSuffix(" ") { return nil }
        return String(SHA256.hex(Array(text.utf8)).prefix(10))
    }

    /// The keys a ledger entry holds (`..., keys:ab12cd34ef 0123456789, sha256:...`; `sleutels:`
    /// in a Dutch dossier).
    static func stored(in entry: String) -> Set<String> {
        guard let (_, start) = marker(in: entry) else { return [] }
        let rest = entry[start...]
        let end = rest.firstRange(of: ", sha256:")?.lowerBound ?? rest.endIndex
        return Set(rest[..<end].split(separator: " ").map(String.init))
    }

    /// Where the list of keys starts in an entry: the marker's start and the first key's.
    static func marker(in entry: String) -> (String.Index, String.Index)? {
        for word in markers { if let r = entry.firstRange(of: word) { return (r.lowerBound, r.upperBound) } }
        return nil
    }

    static let markers = [", keys:", ", sleutels:"]

    /// The part of a ledger entry that lists keys, in the dossier's language.
    static func listed(_ keys: [String], language: Language) -> String {
        keys.isEmpty ? "" : (language == .nl ? markers[1] : markers[0]) + keys.joined(separator: " ")
    }
}

extension SurveyImport {
    /// A ledger entry as messages show it: without its respondent keys.
    public static func shown(_ entry: String) -> String {
        guard let (start, keys) = RespondentKeys.marker(in: entry) else { return entry }
        let end = entry[keys...].firstRange(of: ", sha256:")?.lowerBound ?? entry.endIndex
        return String(entry[..<start] + entry[end...])
    }
}
