import KVOModel

/// The inspection report of §4.1.3 ("schouwrapport"): per inspection the date, day or evening,
/// those present, the numbered points to improve and the positive points, oldest first.
package enum InspectionReport {
    package static func make(_ c: ReportContext) -> Document {
        let section = InspectionSection(c: c)
        var blocks: [Block] = []
        if !section.inspections.isEmpty {
            blocks.append(.heading(2, c.text(Message(en: "Overview", nl: "Overzicht"))))
            blocks += section.summary(level: 3)
        }
        blocks += section.report(level: 2)
        return Document(title: c.text(Message(en: "Inspection report", nl: "Schouwrapport")), preface: c.preface(), language: c.language,
                        blocks: blocks, fileName: c.text(Message(en: "inspection", nl: "schouwrapport")))
    }
}
