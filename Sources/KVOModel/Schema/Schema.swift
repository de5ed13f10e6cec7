/// All record kinds of a dossier. `Schema.dossier` is kvo-dossier/2 (older formats are upgraded on load: `DossierUpgrade`); docs/dossier.schema.json is
/// generated from it (`kvo schema`), so the file format and the code cannot drift apart.
public struct Schema: Sendable {
    public static let format = "kvo-dossier/2"

    public let kinds: [RecordKind]
    private let byName: [String: Int]

    public init(kinds: [RecordKind]) {
        self.kinds = kinds
        var byName: [String: Int] = [:]
        for (i, k) in kinds.enumerated() {
            for name in [k.name, k.singular] + k.aliases { byName[name.lowercased()] = i }
        }
        self.byName = byName
    }

    /// A kind by its plural, singular or an alias (case-insensitive): `measures`, `measure`, `maatregel`.
    public func kind(named name: String) -> RecordKind? { byName[name.lowercased()].map { kinds[$0] } }

    /// The kind whose IDs look like `id` (M-12 is a measure), or the singleton named `id`.
    public func kind(ofID id: String) -> RecordKind? {
        if let dash = id.firstIndex(of: "-") {
            let prefix = id[..<dash]
            return kinds.first { $0.prefix.map { $0 == prefix } ?? false }
        }
        return kinds.first { $0.isSingleton && $0.name == id }
    }

    /// Every name a kind may be called by, for completion and suggestions.
    public var allNames: [String] { kinds.flatMap { [$0.name, $0.singular] + $0.aliases } }
}
