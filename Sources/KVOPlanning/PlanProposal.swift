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
    /// The changes to measures (quarters, party), added fixed measures and priorities (rank, year),
    /// as the change set that checks them: the plan reaches the dossier only through it.
    public let changeSet: ChangeSet
    public var changes: [Change] { changeSet.changes }
    public let constraints: [PlanConstraint]
    /// Hours per party per plan quarter, after the proposal.
    public let load: [String: [Double]]
    public let capacity: [String: Double]
    public let addedIDs: [String]

    /// Constraints the proposal does not meet.
    public var unmet: [PlanConstraint] { constraints.filter { $0.status == .unmet } }
    public var isFeasible: Bool { calendar != nil && unmet.isEmpty }

    /// Puts the placements and the themes' plan years into `changeSet`: new measures (with the IDs
    /// it gave them) and priorities are added, moved measures and priorities changed.
    static func collect(items: [Planner.Item], calendar: PlanCalendar, themeYears: [ThemeYear], into changeSet: inout ChangeSet) {
        let schema = changeSet.base.schema
        if let measures = schema.kind(named: "measures") {
            for it in items {
                var after = it.record
                if it.movable {
                    after["quarters"] = .array(it.columns.map { .string("\(calendar.quarters[$0])") })
                }
                if let p = it.party, it.record["party"]?.stringValue != p { after["party"] = .string(p) }
                if it.isNew {
                    changeSet.add(after, kind: measures)
                } else if after != it.record {
                    changeSet.change(it.record, to: after, kind: measures)
                }
            }
        }
        guard let kind = schema.kind(named: "priorities") else { return }
        let existing = changeSet.base.records(kind)
        for ty in themeYears {
            if let old = existing.first(where: { $0["theme"]?.stringValue == ty.theme }) {
                var new = old
                if old["rank"] == nil { new["rank"] = .number(Double(ty.rank)) }
                new["year"] = .number(Double(ty.year))
                if new != old { changeSet.change(old, to: new, kind: kind) }
            } else {
                changeSet.add(["theme": .string(ty.theme), "rank": .number(Double(ty.rank)), "year": .number(Double(ty.year))], kind: kind)
            }
        }
    }
}
