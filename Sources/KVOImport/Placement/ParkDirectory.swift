import KVOModel

/// The dossier's parks by the names a survey export uses for them: the ID (`P-2`), the name
/// (`Havenkwartier`) or the formal name (`Bedrijventerrein Havenkwartier Lindewaard`), without
/// regard to case, accents or blanks.
struct ParkDirectory {
    struct Park {
        let id: String
        let name: String
        let position: Int
        let record: ParkRecord
    }

    let parks: [Park]
    private let byKey: [String: Int]

    init(dossier: Dossier) {
        parks = dossier.parks.enumerated().map { i, r in Park(id: r.id, name: r.name ?? r.id, position: i, record: r) }
        var byKey: [String: Int] = [:]
        for p in parks.reversed() {
            for key in [p.id, p.name, p.record.formalName ?? ""] where !key.isEmpty { byKey[key.folded] = p.position }
        }
        self.byKey = byKey
    }

    func park(_ text: String) -> Park? { byKey[text.folded].map { parks[$0] } }

    /// What the user could have meant, for suggestions.
    var names: [String] { parks.flatMap { [$0.id, $0.name] } }
}
