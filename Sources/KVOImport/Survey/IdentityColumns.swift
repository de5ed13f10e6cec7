import KVOModel

/// Columns of a survey export that could tell who answered: names, e-mail addresses, phone
/// numbers, IP addresses, respondent and response IDs, the moments a respondent started and
/// finished, company names and addresses. §4.1.1 wants the results anonymous, so an import
/// never stores them; it names them when it drops them.
public enum IdentityColumns {
    /// Whether a column header names data about the respondent rather than an answer.
    public static func isIdentity(_ header: String) -> Bool {
        let words = header.folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let compact = words.joined()
        if words.contains(where: identityWords.contains) { return true }
        return identityParts.contains { compact.contains($0) }
    }

    /// Whole words that mark an identity column on their own.
    static let identityWords: Set<String> = [
        "naam", "name", "voornaam", "achternaam", "tussenvoegsel", "firstname", "lastname", "fullname", "surname",
        "email", "mail", "ip", "id", "uuid", "token", "tel", "phone", "telefoon", "mobiel", "mobile", "gsm",
        "adres", "address", "huisnummer", "woonplaats", "bedrijf", "bedrijfsnaam", "company", "organisatie",
        "organisation", "organization", "kvk", "respondent", "respondentnummer", "deelnemer", "participant",
        "datum", "date", "tijd", "time", "timestamp", "tijdstempel", "starttijd", "eindtijd", "begintijd",
        "voltooiingstijd", "ingevuld", "submitted", "started", "completed", "ended", "latitude", "longitude",
        "referer", "referrer", "useragent", "browser", "collector", "verzameling", "handtekening", "signature",
    ]

    /// Parts of a header with its blanks and punctuation taken out ("E-mailadres" is "emailadres").
    static let identityParts: [String] = [
        "email", "telefoon", "phone", "mobielnummer", "ipadres", "ipaddress", "respondentid", "responseid", "respondentnummer",
        "starttime", "endtime", "completiontime", "submitdate", "datesubmitted", "submittedat", "lastmodified",
        "ingevuldop", "tijdstempel", "timestamp", "useragent", "bedrijfsnaam", "companyname", "kvknummer",
    ]
}

extension IdentityColumns {
    /// Whether a question's text asks who the respondent is ("1. Wat is de naam van uw bedrijf?",
    /// "2. Wat is uw e-mailadres?"): a survey's own numbering does not make such a column a
    /// question. Only the words that ask for a name, an address or a number to reach someone
    /// count here; dates and times are part of many real questions.
    public static func asksIdentity(_ text: String) -> Bool {
        let words = text.folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let compact = words.joined()
        if words.contains(where: askingWords.contains) { return true }
        return identityParts.contains { compact.contains($0) } || askingParts.contains { compact.contains($0) }
    }

    static let askingWords: Set<String> = [
        "naam", "name", "voornaam", "achternaam", "firstname", "lastname", "fullname", "surname", "email", "mail",
        "tel", "phone", "telefoon", "mobiel", "mobile", "gsm", "adres", "address", "bedrijfsnaam", "company", "kvk",
    ]
    static let askingParts: [String] = ["telefoonnummer", "mobielnummer", "contactpersoon", "contactgegevens", "postadres", "bezoekadres"]

    /// Why a column's answers could identify the respondents, whatever its header says: most of
    /// its answers are e-mail addresses, phone numbers or company names (a legal form such as
    /// B.V. or V.O.F.). Nil when they do not.
    public static func identifyingContent(_ values: [String]) -> Message? {
        let given = values.filter { !$0.isEmpty }
        guard !given.isEmpty else { return nil }
        func most(_ test: (String) -> Bool) -> Bool { given.filter(test).count * 2 > given.count }
        if most(isEmailAddress) { return Message(en: "its answers are e-mail addresses", nl: "de antwoorden zijn e-mailadressen") }
        if most(isPhoneNumber) { return Message(en: "its answers are phone numbers", nl: "de antwoorden zijn telefoonnummers") }
        if most(isCompanyName) { return Message(en: "its answers are company names", nl: "de antwoorden zijn bedrijfsnamen") }
        return nil
    }

    static func isEmailAddress(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !s.contains(" ") else { return false }
        let domain = parts[1].split(separator: ".")
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }

    /// Ten or more digits, written with only blanks, dashes, dots, brackets or a leading +.
    static func isPhoneNumber(_ s: String) -> Bool {
        let digits = s.filter { $0.isASCII && $0.isNumber }.count
        return digits >= 10 && digits <= 15 && s.allSatisfy { ($0.isASCII && $0.isNumber) || " -.()+/".contains($0) }
    }

    static func isCompanyName(_ s: String) -> Bool {
        let words = s.folded.split(separator: " ")
        guard words.count >= 2, let last = words.last else { return false }
        return legalForms.contains(String(last))
    }
    static let legalForms: Set<String> = ["bv", "b v", "nv", "vof", "cv", "holding", "gmbh", "ltd", "bvba", "eenmanszaak"]
}
