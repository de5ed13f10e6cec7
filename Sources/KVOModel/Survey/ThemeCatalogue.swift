/// The survey themes and subjects; `ThemeCatalogue.handbook` is the handbook's own set
/// (generated from shared/spec/themes.tsv).
public struct ThemeCatalogue: Sendable {
    public let themes: [Theme]
    /// Every theme's subjects in catalogue order, gathered once: built on each call it was about
    /// 1 M instructions of every dossier's check (callgrind, a batch of 20 example dossiers).
    public let subjects: [Subject]
    /// By subject number: the subject's position in `subjects` and its theme's in `themes`
    /// (-1 for a number no subject has), so the rules' look-ups do not walk the catalogue.
    private let subjectPlaces: [(subject: Int, theme: Int)]

    public init(themes: [Theme]) {
        self.themes = themes
        subjects = themes.flatMap(\.subjects)
        var places = Array(repeating: (subject: -1, theme: -1), count: (subjects.map(\.number).max() ?? 0) + 1)
        var n = 0
        for (t, theme) in themes.enumerated() {
            for subject in theme.subjects {
                if subject.number >= 0, places[subject.number].subject < 0 { places[subject.number] = (n, t) }
                n += 1
            }
        }
        subjectPlaces = places
    }

    /// An exact ID first (the dossier's own, as written), then any case.
    public func theme(_ id: String) -> Theme? {
        themes.first { $0.id == id } ?? themes.first { $0.id.caseInsensitiveEquals(id) }
    }

    /// The theme a user means by what they typed (issue 10), in either language, case-insensitive:
    /// its ID (`T05`, `t05`), its number (`T5`), its Dutch or English name (`overlast`,
    /// `Nuisance`), or a prefix of at least three letters of either name that fits one theme only
    /// (`brand` is Brandveiligheid, `Nuis` is Nuisance). nil when nothing fits or the prefix fits
    /// more than one theme: `candidates(matching:)` then says which.
    public func theme(matching typed: String) -> Theme? {
        let text = ThemeCatalogue.fold(typed)
        guard !text.isEmpty else { return nil }
        if let t = theme(text) ?? themeByNumber(text) { return t }
        if let t = themes.first(where: { ThemeCatalogue.fold($0.dutch) == text || ThemeCatalogue.fold($0.english) == text }) { return t }
        let fits = prefixMatches(text)
        return text.count >= ThemeCatalogue.shortestPrefix && fits.count == 1 ? fits[0] : nil
    }

    /// The themes a prefix of their ID or name fits, in catalogue order: for "did you mean" when
    /// `theme(matching:)` finds none (`on` fits Onderhoud en beheer and Ondermijning). Empty
    /// when nothing begins so.
    public func candidates(matching typed: String) -> [Theme] {
        let text = ThemeCatalogue.fold(typed)
        guard !text.isEmpty else { return [] }
        return themes.filter { $0.id.lowercased().hasPrefix(text) || ThemeCatalogue.fold($0.dutch).hasPrefix(text)
            || ThemeCatalogue.fold($0.english).hasPrefix(text) }
    }

    /// A prefix must have this many letters: one or two letters fit too much by accident.
    static let shortestPrefix = 3

    /// `T5` for T05: a T and a number without its leading zero.
    private func themeByNumber(_ text: String) -> Theme? {
        guard text.first == "t", let n = Int(text.dropFirst()), n > 0 else { return nil }
        return theme(n < 10 ? "T0\(n)" : "T\(n)")
    }

    private func prefixMatches(_ text: String) -> [Theme] {
        themes.filter { ThemeCatalogue.fold($0.dutch).hasPrefix(text) || ThemeCatalogue.fold($0.english).hasPrefix(text) }
    }

    /// Lower case, blanks around removed, ë and ï as e and i (Dutch names such as
    /// bedrijfscontinuïteit are typed without the diaeresis).
    static func fold(_ s: String) -> String {
        var t = Substring(s)
        while t.first == " " { t = t.dropFirst() }
        while t.last == " " { t = t.dropLast() }
        let accents: [Character: Character] = ["ë": "e", "ï": "i", "é": "e", "è": "e", "ê": "e", "ö": "o", "ü": "u", "á": "a"]
        return String(t.lowercased().map { accents[$0] ?? $0 })
    }

    public func subject(_ number: Int) -> Subject? {
        guard subjectPlaces.indices.contains(number), subjectPlaces[number].subject >= 0 else { return nil }
        return subjects[subjectPlaces[number].subject]
    }

    /// The theme a subject belongs to.
    public func theme(ofSubject number: Int) -> Theme? {
        guard subjectPlaces.indices.contains(number), subjectPlaces[number].theme >= 0 else { return nil }
        return themes[subjectPlaces[number].theme]
    }
}

extension String {
    /// ASCII case-insensitive comparison (IDs are ASCII), without Foundation.
    public func caseInsensitiveEquals(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        return zip(utf8, other.utf8).allSatisfy { a, b in asciiLower(a) == asciiLower(b) }
    }
}

@inline(__always) func asciiLower(_ b: UInt8) -> UInt8 { (b >= 65 && b <= 90) ? b + 32 : b }
