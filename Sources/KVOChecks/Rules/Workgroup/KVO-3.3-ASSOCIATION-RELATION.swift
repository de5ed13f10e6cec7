import KVOModel

/// §3.3: the relation between the entrepreneurs' association and the workgroup is described (organisation.associationRelation).
struct AssociationRelation: RuleEvaluator {
    let id = "KVO-3.3-ASSOCIATION-RELATION"

    // Required whether or not the association is a party of the workgroup: an association may exist
    // in the area without sitting in the workgroup, and where none exists the description says so.
    func evaluate(_ c: CheckContext) -> Finding {
        if let relation = c.organisation.associationRelation {
            let quoted = AreaFacts.excerpt(relation)
            return .met(Message(en: "The relation between the entrepreneurs' association and the workgroup is described: \"\(quoted)\".",
                                nl: "De relatie tussen de ondernemersvereniging en de werkgroep is beschreven: \"\(quoted)\"."))
        }
        let associations = c.parties.filter { $0.type == .association }.map(AreaFacts.name)
        let ofEN = associations.isEmpty ? "" : " (\(Language.en.list(associations)))"
        return .notMet(Message(en: "The relation between the entrepreneurs' association\(ofEN) and the workgroup is not described.",
                               nl: "De relatie tussen de ondernemersvereniging\(ofEN) en de werkgroep is niet beschreven."),
                       short: Message(en: "Describe it: set organisation associationRelation=\"TEXT\" (if there is no association, say so and who represents the entrepreneurs).",
                                      nl: "Beschrijf haar: wijzig organisation associationRelation=\"TEKST\" (is er geen vereniging, zeg dat en wie de ondernemers vertegenwoordigt)."))
    }
}
