import KVOModel

/// What happened in a session, as its minutes tell it (`minutes`): the day, who was there, and the
/// amendments made since the dossier was opened, each with where it came from. The shell knows
/// its commands; the report only needs to know which amendments applied the plan or recorded votes.
package struct SessionRecord: Sendable {
    /// What made an amendment, as far as the minutes care.
    package enum Origin: Sendable, Equatable {
        /// The planner (`plan`): a decision of the workgroup, reported as one.
        case plan
        /// A vote of a party.
        case vote
        /// The minutes stored as a meeting (`minutes --store`): no part of what they report.
        case minutes
        /// Anything else: an edit, an import, an undo.
        case other
    }

    package struct Step: Sendable {
        package let amendment: Amendment
        package let origin: Origin

        package init(_ amendment: Amendment, origin: Origin) {
            self.amendment = amendment
            self.origin = origin
        }
    }

    package var date: Day
    /// The members present, by ID; nil when nobody said.
    package var present: [String]?
    package var steps: [Step]

    package init(date: Day, present: [String]?, steps: [Step]) {
        self.date = date
        self.present = present
        self.steps = steps
    }

    /// Each record the session changed, once: as it was before its first amendment and as it is
    /// after its last, in the order the session first touched them. A record changed and changed
    /// back (or undone) is not among them, nor the meeting the minutes were stored as.
    package var netChanges: [Change] {
        var order: [String] = []
        var first: [String: Change] = [:]
        var last: [String: Record?] = [:]
        // The meeting the minutes were stored as is theirs, whatever was done to it after.
        let own = Set(steps.filter { $0.origin == .minutes }.flatMap { $0.amendment.changes.map(\.id) })
        for step in steps where step.origin != .minutes {
            for change in step.amendment.changes where !own.contains(change.id) {
                if first[change.id] == nil {
                    first[change.id] = change
                    order.append(change.id)
                }
                last[change.id] = .some(change.after)
            }
        }
        return order.compactMap { id in
            let start = first[id]!, end = last[id]!
            return start.before == end ? nil : Change(kind: start.kind, id: id, before: start.before, after: end)
        }
    }

    /// The records only the planner changed in the session: the decision to apply the plan
    /// stands for them in the minutes, not each of their fields.
    package var plannedOnly: Set<String> {
        var planned = Set<String>(), other = Set<String>()
        for step in steps where step.origin != .minutes {
            for change in step.amendment.changes {
                if step.origin == .plan { planned.insert(change.id) } else { other.insert(change.id) }
            }
        }
        return planned.subtracting(other)
    }

    /// The net changes to records of one kind.
    package func netChanges(of kind: RecordKind) -> [Change] { netChanges.filter { $0.kind == kind.name } }

    /// The changes of the plans applied in the session that still stand (some record is as the
    /// planner left it: not undone); nil when none does.
    package func planApplied(in dossier: Dossier) -> [Change]? {
        let plans = steps.filter { $0.origin == .plan }.map(\.amendment).filter { plan in
            plan.changes.contains { change in dossier.record(change.id)?.record == change.after }
        }
        return plans.isEmpty ? nil : plans.flatMap(\.changes)
    }
}
