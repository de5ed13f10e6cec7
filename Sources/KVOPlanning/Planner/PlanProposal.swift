import KVOModel

/// What `Planner` proposes: the themes' plan years, where each measure goes, the record changes
/// that apply it (one amendment), and how it stands against every constraint.
package struct PlanProposal: Sendable {
    package struct ThemeYear: Sendable, Equatable {
        package let theme: String
        package let rank: Int
        package let year: Int
    }

    package struct Placement: Sendable, Equatable {
        package let id: String
        package let party: String?
        /// Columns of the plan's quarters.
        package let columns: [Int]
        package let isNew: Bool
        package let movable: Bool
    }

    package let calendar: PlanCalendar?
    package let themeYears: [ThemeYear]
    package let items: [Placement]
    /// The changes to measures (quarters, party), added fixed measures and priorities (rank, year),
    /// as the change set that checks them: the plan reaches the dossier only through it.
    package let changeSet: ChangeSet
    package var changes: [Change] { changeSet.changes }
    package let constraints: [PlanConstraint]
    /// Hours per party per plan quarter, after the proposal.
    package let load: [String: [Double]]
    package let capacity: [String: Double]
    package let addedIDs: [String]
    /// How the exact planner fared; nil when only the list scheduler ran.
    package var solver: PlanSolverReport? = nil

    /// Constraints the proposal does not meet.
    package var unmet: [PlanConstraint] { constraints.filter { $0.status == .unmet } }
    package var isFeasible: Bool { calendar != nil && unmet.isEmpty }

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
