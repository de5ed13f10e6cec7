import KVOModel

/// §6.3: at a renewal audit every measure of the (adjusted) plan is executed or its change is explained.
///
/// The measures judged are those due by the audit: their last quarter ends on or before the audit
/// date (measures without quarters are judged too). A measure is executed when its status is
/// done (with a done date, if any, on or before the audit); its change is explained when it
/// records a reason (dropped or changed).
struct RenewalAuditMeasures: RuleEvaluator {
    let id = "KVO-6.3-RENEWAL-MEASURES"

    func evaluate(_ c: CheckContext) -> Finding {
        let reference = c.auditDate ?? c.asOf
        let measures = c.measures
        guard !measures.isEmpty else {
            return .missing(Message(en: "No measures are recorded; add the measures matrix: add measure \"TITLE\" goal=G-1 quarters=2025Q2 status=done done=YYYY-MM-DD.",
                                    nl: "Er zijn geen maatregelen vastgelegd; voeg de maatregelmatrix toe: voegtoe measure \"TITEL\" goal=G-1 quarters=2025Q2 status=done done=JJJJ-MM-DD."))
        }
        let due = measures.filter { m in
            guard let last = m.quarters.max() else { return true }
            return last.lastDay <= reference
        }
        let at = c.auditDate.map { "the renewal audit on \($0)" } ?? "\(c.asOf) (no audit date set)"
        let op = c.auditDate.map { "de hercertificeringsaudit van \($0)" } ?? "\(c.asOf) (geen auditdatum vastgelegd)"
        guard !due.isEmpty else {
            return .notApplicable(Message(en: "None of the \(measures.count) measures is due by \(at); their quarters run later.",
                                          nl: "Geen van de \(measures.count) maatregelen hoeft klaar te zijn op \(op); hun kwartalen lopen later."))
        }
        let executed = due.filter { $0.status == .done && ($0.done.map { $0 <= reference } ?? true) }
        let executedIDs = Set(executed.map(\.id))
        let explained = due.filter { !executedIDs.contains($0.id) && $0.reason != nil }
        let open = due.filter { !executedIDs.contains($0.id) && $0.reason == nil }
        let explainedNote = explained.isEmpty ? "" : ": \((explained.map(\.id)).joined(separator: ", "))"
        if open.isEmpty {
            return .met(Message(en: "All \(due.count) measures due by \(at) are executed (\(executed.count)) or their change is explained (\(explained.count)\(explainedNote)).",
                                nl: "Alle \(due.count) maatregelen die klaar moesten zijn op \(op) zijn uitgevoerd (\(executed.count)) of hun wijziging is toegelicht (\(explained.count)\(explainedNote))."))
        }
        let items = open.map { "\($0.id) (\($0.status?.rawValue ?? "no status"))" }
        let itemsNL = open.map { "\($0.id) (\($0.status?.rawValue ?? "geen status"))" }
        let message = Message(en: "\(open.count) of \(due.count) measures due by \(at) are neither executed nor explained: \(items.joined(separator: ", ")).",
                              nl: "\(open.count) van de \(due.count) maatregelen die klaar moesten zijn op \(op) zijn niet uitgevoerd en niet toegelicht: \(itemsNL.joined(separator: ", ")).")
        let short = Message(en: "execute \(open.count == 1 ? "it" : "them") or record why \(open.count == 1 ? "it" : "they") changed: set \(open[0].id) reason=\"...\".",
                            nl: "voer \(open.count == 1 ? "hem" : "ze") uit of leg vast waarom \(open.count == 1 ? "hij is" : "ze zijn") gewijzigd: wijzig \(open[0].id) reason=\"...\".")
        if let auditDate = c.auditDate, auditDate <= c.asOf {
            return .notMet(message, short: short)
        }
        return .advice(message, short: short)
    }
}
