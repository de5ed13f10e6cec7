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
