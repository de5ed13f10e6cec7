import KVOModel

/// The room's decision made the workgroup's (§4.1.4, `prioritise --adopt`): the consensus becomes
/// the priorities' ranks, the analysis records when and by whom it was adopted and, when it has
/// none of its own, the written conclusion. One change set, so one undo takes the whole decision back.
///
/// - Each theme of the consensus gets its place as `rank`; its urgency and means are the median of
///   the parties' scores for it (rounded half up), kept as they were when no party scored them.
///   A theme's plan year is kept: the planner decides years (§4.2), the room decides the order.
/// - A priority of a theme outside the consensus keeps its order, after the consensus's themes,
///   so no two priorities share a place and `plan` reads one ranking.
/// - The conclusion is written when there is none or when it was written by an earlier adoption
///   (the analysis has `adopted`): a conclusion the workgroup wrote itself is never overwritten.
package struct ThemeAdoption: Sendable {
    /// The changes, ready for `Workspace.amend`.
    package let changes: ChangeSet
    /// The adopted order of the themes, best first.
    package let order: [String]
    /// Whether the written conclusion was filled (false: the workgroup's own was kept).
    package let wroteConclusion: Bool

    /// `conclusion` is the written conclusion in the dossier's language, made by the caller from
    /// `order` (the words are the command's, the decision is here).
    package static func make(_ dossier: Dossier, priority: ThemePriority, date: Day, present: [String],
                            conclusion: String) -> ThemeAdoption {
        var set = ChangeSet(dossier)
        let order = priority.order
        let existing = Dictionary(dossier.priorities.compactMap { p in p.theme.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        let votes = votes(in: dossier)
        for (index, theme) in order.enumerated() {
            var after = existing[theme] ?? PriorityRecord()
            after.theme = theme
            after.rank = index + 1
            if let u = median(votes.compactMap { $0[theme]?.urgency }) { after.urgency = u }
            if let m = median(votes.compactMap { $0[theme]?.means }) { after.means = m }
            if let before = existing[theme] {
                if before.record != after.record { set.change(before.record, to: after.record, kind: PriorityRecord.kind) }
            } else {
                set.add(after.record, kind: PriorityRecord.kind)
            }
        }
        let adopted = Set(order)
        let rest = dossier.priorities.filter { p in p.theme.map { !adopted.contains($0) } ?? true }
            .sorted { ($0.rank ?? Int.max, $0.id) < ($1.rank ?? Int.max, $1.id) }
        for (offset, before) in rest.enumerated() {
            var after = before
            after.rank = order.count + offset + 1
            if before.record != after.record { set.change(before.record, to: after.record, kind: PriorityRecord.kind) }
        }
        let analysis = dossier.analysis
        var after = analysis
        after.adopted = date
        after.adoptedBy = present
        let own = analysis.conclusion.map { $0.contains { !$0.isWhitespace } } ?? false
        let write = !own || analysis.adopted != nil
        if write {
            after.conclusion = conclusion
            after.concluded = date
        }
        set.change(dossier.record(AnalysisRecord.kind.name).map { _ in analysis.record }, to: after.record, kind: AnalysisRecord.kind)
        return ThemeAdoption(changes: set, order: order, wroteConclusion: write)
    }

    /// The adoption a dossier records, if any: its date and the parties present.
    package static func recorded(_ dossier: Dossier) -> (date: Day, parties: [String])? {
        let analysis = dossier.analysis
        return analysis.adopted.map { ($0, analysis.adoptedBy) }
    }

    /// Per party, its scores by theme.
    private static func votes(in dossier: Dossier) -> [[String: Votes.Score]] {
        Array(ThemePriority.votes(in: dossier).scores.values)
    }

    /// The median, halfway between the middle two rounded up; nil for none.
    static func median(_ values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted(), n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2] + 1) / 2
    }
}
