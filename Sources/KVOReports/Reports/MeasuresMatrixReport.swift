import KVOModel
import KVOChecks

/// The measures matrix as a document of its own (§5.2.1: "De maatregelmatrix, met een
/// beschrijving van de uitgevoerde en nog uit te voeren maatregelen"): the matrix, then the
/// executed measures and those still to do, each with how progress is shown.
package enum MeasuresMatrixReport {
    package static func make(_ c: ReportContext) -> Document {
        let section = MeasuresMatrixSection(c: c)
        var blocks: [Block] = [.heading(2, c.text(Message(en: "Matrix", nl: "Matrix")))]
        blocks += section.blocks()
        let measures = c.measures
        let done = measures.filter { $0.status == .done }.sorted(byDay: \.done)
        let open = measures.filter { $0.status != .done && $0.status != .dropped }
        let missing = c.missing
        func item(_ m: MeasureRecord, when: String) -> NumberedItem {
            var details: [Fact] = [Fact(c.text(Message(en: "Who", nl: "Wie")), m.party.map(c.partyName) ?? missing),
                                   Fact(c.text(Message(en: "When", nl: "Wanneer")), when)]
            if let goal = m.goal {
                let description = c.dossier.record(goal, as: GoalRecord.self)?.description.map { " " + c.text($0) } ?? ""
                details.append(Fact(c.text(Message(en: "Goal", nl: "Doel")), goal + description))
            }
            details.append(Fact(c.text(Message(en: "Progress shown by", nl: "Voortgang blijkt uit")), m.indicator.map(c.text) ?? missing))
            return NumberedItem(number: m.id, title: m.title.map(c.text) ?? missing, details: details)
        }
        blocks.append(.heading(2, c.text(Message(en: "Executed (\(done.count))", nl: "Uitgevoerd (\(done.count))"))))
        blocks.append(done.isEmpty ? .paragraph(c.text(Message(en: "None yet.", nl: "Nog geen.")))
            : .numbered(done.map { item($0, when: $0.done.map(c.language.date) ?? missing) }))
        blocks.append(.heading(2, c.text(Message(en: "Still to do (\(open.count))", nl: "Nog uit te voeren (\(open.count))"))))
        blocks.append(open.isEmpty ? .paragraph(c.text(Message(en: "None.", nl: "Geen."))) : .numbered(open.map { m in
            let quarters = m.quarters.map(\.description)
            return item(m, when: quarters.isEmpty ? c.text(Message(en: "not scheduled", nl: "niet ingepland")) : quarters.joined(separator: ", "))
        }))
        return Document(title: c.text(Message(en: "Measures matrix", nl: "Maatregelmatrix")), preface: c.preface(), language: c.language,
                        blocks: blocks, fileName: c.text(Message(en: "measures-matrix", nl: "maatregelmatrix")))
    }
}
