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
    /// How the exact planner fared; nil when only the list scheduler ran.
    public var solver: PlanSolverReport? = nil

    /// Constraints the proposal does not meet.
    public var unmet: [PlanConstraint] { constraints.filter { $0.status == .unmet } }
    public var isFeasible: Bool { calendar != nil && unmet.isEmpty }

    /// Puts the placements and the themes' plan years into `changeSet`: new measures (with the IDs
    /// it gave them) and priorities are added, moved measures and priorities changed.
    static func collect(items: [Planner.Item], calendar: PlanCalendar, themeYears: [ThemeYear], into changeSet: inout ChangeSet) {
        for it in items {
            var after = it.record
            if it.movable { after.quarters = it.columns.map { calendar.quarters[$0] } }
            if let p = it.party, it.record.party != p { after.party = p }
            if it.isNew {
                changeSet.add(after.record, kind: MeasureRecord.kind)
            } else if after != it.record {
                changeSet.change(it.record.record, to: after.record, kind: MeasureRecord.kind)
            }
        }
        let existing = changeSet.base.priorities
        for ty in themeYears {
            if let old = existing.first(where: { $0.theme == ty.theme }) {
                var new = old
                if !old.record.has(PriorityRecord.Field.rank) { new.rank = ty.rank }
                new.year = ty.year
                if new != old { changeSet.change(old.record, to: new.record, kind: PriorityRecord.kind) }
            } else {
                var new = PriorityRecord()
                new.theme = ty.theme
                new.rank = ty.rank
                new.year = ty.year
                changeSet.add(new.record, kind: PriorityRecord.kind)
            }
        }
    }
}
