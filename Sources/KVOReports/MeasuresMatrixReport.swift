import KVOModel

/// The measures matrix as a document of its own (§5.2.1: "De maatregelmatrix, met een
/// beschrijving van de uitgevoerde en nog uit te voeren maatregelen"): the matrix, then the
/// executed measures and those still to do, each with how progress is shown.
public enum MeasuresMatrixReport {
    public static func make(_ c: ReportContext) -> Document {
        func t(_ en: String, _ nl: String) -> String { c.t(en, nl) }
        let w = c.words
        let section = MeasuresMatrixSection(c: c)
        var blocks: [Block] = [.heading(2, t("Matrix", "Matrix"))]
        blocks += section.blocks()
        let measures = c.records("measures")
        let done = measures.filter { $0.string("status") == "done" }.sorted { ($0.string("done") ?? "", $0.id) < ($1.string("done") ?? "", $1.id) }
        let open = measures.filter { $0.string("status") != "done" && $0.string("status") != "dropped" }
        func item(_ m: Record, when: String) -> NumberedItem {
            var details: [Fact] = [Fact(t("Who", "Wie"), m.string("party").map(c.partyName) ?? c.missing), Fact(t("When", "Wanneer"), when)]
            if let goal = m.string("goal") { details.append(Fact(t("Goal", "Doel"), goal + (c.dossier.record(goal)?.record.string("description").map { " " + c.text($0) } ?? ""))) }
            details.append(Fact(t("Progress shown by", "Voortgang blijkt uit"), c.field(m, "indicator") ?? c.missing))
            return NumberedItem(number: m.id, title: c.field(m, "title") ?? c.missing, details: details)
        }
        blocks.append(.heading(2, t("Executed (\(done.count))", "Uitgevoerd (\(done.count))")))
        blocks.append(done.isEmpty ? .paragraph(t("None yet.", "Nog geen.")) : .numbered(done.map { item($0, when: w.date($0.string("done")) ?? c.missing) }))
        blocks.append(.heading(2, t("Still to do (\(open.count))", "Nog uit te voeren (\(open.count))")))
        blocks.append(open.isEmpty ? .paragraph(t("None.", "Geen.")) : .numbered(open.map { m in
            let quarters = m.strings("quarters")
            return item(m, when: quarters.isEmpty ? t("not scheduled", "niet ingepland") : quarters.joined(separator: ", "))
        }))
        return Document(title: t("Measures matrix", "Maatregelmatrix"), preface: c.preface(), language: c.language,
                        blocks: blocks, fileName: t("measures-matrix", "maatregelmatrix"))
    }
}
