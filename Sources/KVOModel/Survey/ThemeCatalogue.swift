/// The survey themes and subjects; `ThemeCatalogue.handbook` is the handbook's own set
/// (generated from shared/spec/themes.tsv).
public struct ThemeCatalogue: Sendable {
    public let themes: [Theme]

    public init(themes: [Theme]) { self.themes = themes }

    public func theme(_ id: String) -> Theme? { themes.first { $0.id.caseInsensitiveEquals(id) } }

    public var subjects: [Subject] { themes.flatMap(\.subjects) }

    public func subject(_ number: Int) -> Subject? { subjects.first { $0.number == number } }

    /// The theme a subject belongs to.
    public func theme(ofSubject number: Int) -> Theme? { themes.first { $0.subjects.contains { $0.number == number } } }
}

extension String {
    /// ASCII case-insensitive comparison (IDs are ASCII), without Foundation.
    public func caseInsensitiveEquals(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        return zip(utf8, other.utf8).allSatisfy { a, b in asciiLower(a) == asciiLower(b) }
    }
}

@inline(__always) func asciiLower(_ b: UInt8) -> UInt8 { (b >= 65 && b <= 90) ? b + 32 : b }
