import KVOModel

/// §4.2.4: inspection findings that recur in two or more inspections are taken into the measures matrix.
///
/// A recurring point is a group of negative findings linked by `recurs` (followed both ways and
/// transitively) that spans at least two inspections; a measure whose `finding` is any finding of the
/// group takes the point into the matrix. The handbook's other criterion, "needs another approach
/// than so far", has no field in the dossier and is left to the reader (the message says so).
struct InspectionPoints: RuleEvaluator {
    let id = "KVO-4.2.4-INSPECTION-POINTS"

    func evaluate(_ c: CheckContext) -> Finding {
        let findings = c.records("findings").filter { $0.string("kind") != "positive" }
        guard !findings.isEmpty else {
            let n = c.records("inspections").count
            return .missing(Message(en: "No negative inspection findings are recorded (\(Language.en.count(n, Noun(en: "inspection", "inspections", nl: "schouw", "schouwen"))) recorded); add them with: add finding \"LOCATION\" inspection=IN-1 kind=negative recurs=F-n.",
                                    nl: "Er zijn geen negatieve schouwbevindingen vastgelegd (\(n) schouw\(n == 1 ? "" : "en") vastgelegd); voeg ze toe met: voegtoe finding \"LOCATIE\" inspection=IN-1 kind=negative recurs=F-n."))
        }
        // Groups of linked findings (union-find over the recurs links).
        let ids = findings.map(\.id)
        var parent = Dictionary(uniqueKeysWithValues: ids.map { ($0, $0) })
        func root(_ x: String) -> String {
            var r = x
            while let p = parent[r], p != r { r = p }
            return r
        }
        for f in findings {
            for earlier in f.strings("recurs") where parent[earlier] != nil {
                let a = root(f.id), b = root(earlier)
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var groups: [String: [Record]] = [:], order: [String] = []
        for f in findings {
            let r = root(f.id)
            if groups[r] == nil { order.append(r) }
            groups[r, default: []].append(f)
        }
        let recurring = order.map { groups[$0]! }.filter { g in Set(g.compactMap { $0.string("inspection") }).count >= 2 }
        let caveatEN = "whether a point needs another approach is not recorded, so check that by hand"
        let caveatNL = "of een schouwpunt een andere aanpak vraagt is niet vastgelegd, dus controleer dat met de hand"
        guard !recurring.isEmpty else {
            return .met(Message(en: "None of the \(findings.count) negative findings recurs in another inspection (no recurs links), so no point must go into the matrix for recurring; \(caveatEN).",
                                nl: "Geen van de \(findings.count) negatieve bevindingen komt terug in een andere schouw (geen recurs-verwijzingen), dus geen schouwpunt hoeft daarom in de matrix; \(caveatNL)."))
        }
        let measures = c.records("measures")
        var coveredEN: [String] = [], coveredNL: [String] = [], lacking: [String] = []
        for g in recurring {
            let members = Set(g.map(\.id))
            let label = g.map(\.id).joined(separator: "/")
            let place = g.first { $0.has("location") }?.string("location").map { " (\($0))" } ?? ""
            if let m = measures.first(where: { $0.string("finding").map(members.contains) == true }) {
                coveredEN.append("\(label) in \(m.id)")
                coveredNL.append("\(label) in \(m.id)")
            } else {
                lacking.append(label + place)
            }
        }
        let n = recurring.count
        if lacking.isEmpty {
            return .met(Message(en: "All \(Language.en.count(n, Noun(en: "recurring inspection point", "recurring inspection points", nl: "terugkerend schouwpunt", "terugkerende schouwpunten"))) are in the measures matrix: \(Language.en.list(coveredEN)); \(caveatEN).",
                                nl: "Alle \(n) terugkerende schouwpunt\(n == 1 ? "" : "en") staan in de maatregelmatrix: \(Language.nl.list(coveredNL)); \(caveatNL)."))
        }
        let k = lacking.count
        return .notMet(Message(en: "\(k) of \(n) recurring inspection points \(k == 1 ? "is" : "are") not in the measures matrix: \(Language.en.list(lacking)).",
                               nl: "\(k) van de \(n) terugkerende schouwpunten \(k == 1 ? "staat" : "staan") niet in de maatregelmatrix: \(Language.nl.list(lacking))."),
                       short: Message(en: "add \(Language.en.count(k, Noun(en: "measure", "measures", nl: "maatregel", "maatregelen"))) linked to the finding, e.g. add measure \"TITLE\" finding=\(lacking[0].prefix { $0 != "/" && $0 != " " }) goal=G-n.",
                                      nl: "voeg \(k) maatregel\(k == 1 ? "" : "en") toe met de bevinding, bijv. voegtoe measure \"TITEL\" finding=\(lacking[0].prefix { $0 != "/" && $0 != " " }) goal=G-n."))
    }
}
