import KVOModel

/// What `Planner` proposes: the themes' plan years, where each measure goes, the record changes
/// that apply it (one amendment), and how it stands against every constraint.
public struct PlanProposal: Sendable {
    public struct ThemeYear: Sendable, Equatable {
        public let theme: String
        public let rank: Int
        public let year: Int
    }

    public struct Placement: Sendable, Equatable {
        public let id: String
        public let party: String?
        /// Columns of the plan's quarters.
        public let columns: [Int]
        public let isNew: Bool
        public let movable: Bool
    }

    public let calendar: PlanCalendar?
    public let themeYears: [ThemeYear]
    public let items: [Placement]
    /// The changes to measures (quarters, party), added fixed measures and priorities (rank, year).
    public let changes: [Change]
    public let constraints: [PlanConstraint]
    /// Hours per party per plan quarter, after the proposal.
    public let load: [String: [Double]]
    public let capacity: [String: Double]
    public let addedIDs: [String]

    /// Constraints the proposal does not meet.
    public var unmet: [PlanConstraint] { constraints.filter { $0.status == .unmet } }
    public var isFeasible: Bool { calendar != nil && unmet.isEmpty }

    static func changes(dossier: Dossier, items: [Planner.Item], calendar: PlanCalendar, themeYears: [ThemeYear]) -> [Change] {
        var changes: [Change] = []
        for it in items {
            var after = it.record
            if it.movable {
                after["quarters"] = .array(it.columns.map { .string("\(calendar.quarters[$0])") })
            }
            if let p = it.party, it.record["party"]?.stringValue != p { after["party"] = .string(p) }
            if it.isNew {
                changes.append(Change(kind: "measures", id: it.id, before: nil, after: after))
            } else if after != it.record {
                changes.append(Change(kind: "measures", id: it.id, before: it.record, after: after))
            }
        }
        guard let kind = dossier.schema.kind(named: "priorities") else { return changes }
        let existing = dossier.records(kind)
        var next = (existing.compactMap { kind.number(of: $0.id) }.max() ?? 0) + 1
        for ty in themeYears {
            if let old = existing.first(where: { $0["theme"]?.stringValue == ty.theme }) {
                var new = old
                if old["rank"] == nil { new["rank"] = .number(Double(ty.rank)) }
                new["year"] = .number(Double(ty.year))
                if new != old { changes.append(Change(kind: kind.name, id: old.id, before: old, after: new)) }
            } else {
                let id = "\(kind.prefix ?? "PR")-\(next)"
                next += 1
                changes.append(Change(kind: kind.name, id: id, before: nil,
                                      after: Record(fields: ["id": .string(id), "theme": .string(ty.theme), "rank": .number(Double(ty.rank)),
                                                             "year": .number(Double(ty.year))])))
            }
        }
        return changes
    }
}
