import KVOModel

/// §4.2.4: inspection findings that recur in two or more inspections, or that need another approach, are taken into the measures matrix.
///
/// What a point is, when it recurs and when it needs another approach is
/// `Handbook.InspectionPoints`, which `evidence` uses too: negative findings linked by `recurs`
/// or found at the same location are one point; it recurs when found in at least two
/// inspections, and needs another approach when a finding says `otherApproach=true`. A measure
/// whose `finding` is any finding of the point takes the point into the matrix.
struct InspectionPoints: RuleEvaluator {
    let id = "KVO-4.2.4-INSPECTION-POINTS"

    func evaluate(_ c: CheckContext) -> Finding {
        let points = Handbook.InspectionPoints.points(c.findings)
        let negatives = points.reduce(0) { $0 + $1.findings.count }
        guard negatives > 0 else {
            let n = c.inspections.count
            return .missing(Message(en: "No negative inspection findings are recorded (\(Language.en.count(n, Noun(en: "inspection", "inspections", nl: "schouw", "schouwen"))) recorded); add them with: add finding \"LOCATION\" inspection=IN-1 kind=negative recurs=F-n.",
                                    nl: "Er zijn geen negatieve schouwbevindingen vastgelegd (\(n) schouw\(n == 1 ? "" : "en") vastgelegd); voeg ze toe met: voegtoe finding \"LOCATIE\" inspection=IN-1 kind=negative recurs=F-n."))
        }
        let due = points.filter(\.belongsInMatrix)
        guard !due.isEmpty else {
            return .met(Message(en: "None of the \(negatives) negative findings recurs in another inspection (by a recurs link or at the same location) or needs another approach, so no point must go into the matrix.",
                                nl: "Geen van de \(negatives) negatieve bevindingen komt terug in een andere schouw (via een recurs-verwijzing of op dezelfde locatie) of vraagt een andere aanpak, dus geen schouwpunt hoeft in de matrix."))
        }
        let measures = c.measures
        var coveredEN: [String] = [], coveredNL: [String] = [], lackingEN: [String] = [], lackingNL: [String] = [], firstLacking: String?
        for point in due {
            let members = Set(point.ids)
            let label = point.ids.joined(separator: "/")
            let (why, waarom) = Self.reason(point)
            if let m = measures.first(where: { $0.finding.map(members.contains) == true }) {
                coveredEN.append("\(label) in \(m.id)")
                coveredNL.append("\(label) in \(m.id)")
            } else {
                let place = point.findings.first { $0.location != nil }?.location.map { " (\($0))" } ?? ""
                lackingEN.append("\(label)\(place), \(why)")
                lackingNL.append("\(label)\(place), \(waarom)")
                firstLacking = firstLacking ?? point.ids[0]
            }
        }
        let n = due.count
        let pointsEN = Language.en.count(n, Noun(en: "inspection point", "inspection points", nl: "schouwpunt", "schouwpunten"))
        if lackingEN.isEmpty {
            return .met(Message(en: "All \(pointsEN) that recur or need another approach are in the measures matrix: \(Language.en.list(coveredEN)).",
                                nl: "Alle \(n) schouwpunt\(n == 1 ? "" : "en") die terugkomen of een andere aanpak vragen staan in de maatregelmatrix: \(Language.nl.list(coveredNL))."))
        }
        let k = lackingEN.count
        return .notMet(Message(en: "\(k) of \(n) inspection points that recur or need another approach \(k == 1 ? "is" : "are") not in the measures matrix: \(lackingEN.joined(separator: "; ")).",
                               nl: "\(k) van de \(n) schouwpunten die terugkomen of een andere aanpak vragen \(k == 1 ? "staat" : "staan") niet in de maatregelmatrix: \(lackingNL.joined(separator: "; "))."),
                       short: Message(en: "add \(Language.en.count(k, Noun(en: "measure", "measures", nl: "maatregel", "maatregelen"))) linked to the finding, e.g. add measure \"TITLE\" finding=\(firstLacking!) goal=G-n.",
                                      nl: "voeg \(k) maatregel\(k == 1 ? "" : "en") toe met de bevinding, bijv. voegtoe measure \"TITEL\" finding=\(firstLacking!) goal=G-n."))
    }

    /// Why a point belongs in the matrix: "found in IN-1, IN-3" and/or "needs another approach".
    static func reason(_ point: Handbook.InspectionPoints.Point) -> (en: String, nl: String) {
        var en: [String] = [], nl: [String] = []
        if point.recurs {
            var seen: [String] = []
            for i in point.findings.compactMap(\.inspection) where !seen.contains(i) { seen.append(i) }
            let inspections = seen.joined(separator: ", ")
            en.append("found in \(inspections)")
            nl.append("gezien in \(inspections)")
        }
        if point.needsOtherApproach {
            en.append("needs another approach")
            nl.append("vraagt een andere aanpak")
        }
        return (en.joined(separator: " and "), nl.joined(separator: " en "))
    }
}
