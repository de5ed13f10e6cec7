import KVOModel
import KVOChecks

/// The evaluation results (§4.4; in §5.2.1 only for a renewal): per plan year the answers to
/// the questions on the measures and on the collaboration, the third year's goals, and the
/// improvement points.
package enum EvaluationReport {
    package static func make(_ c: ReportContext) -> Document {
        var blocks: [Block] = []
        let evaluations = c.evaluations.sorted { ($0.year ?? 0, $0.id) < ($1.year ?? 0, $1.id) }
        if evaluations.isEmpty {
            blocks.append(.note(c.text(Message(en: "No evaluations are recorded.",
                                               nl: "Er zijn geen evaluaties vastgelegd."))))
        }
        let questions: [(KeyPath<EvaluationRecord, String?>, Message)] = [
            (\.executed, Message(en: "Were the measures executed?", nl: "Zijn de vooraf bepaalde maatregelen uitgevoerd?")),
            (\.helped, Message(en: "What contributed to the result?", nl: "Welke omstandigheden hebben bijgedragen aan het resultaat?")),
            (\.why, Message(en: "Why were measures (not) achieved?", nl: "Wat is de reden van wel/niet behalen van maatregel?")),
            (\.changes, Message(en: "Are changes to the plan needed?", nl: "Zijn er wijzigingen in het plan van aanpak noodzakelijk?")),
            (\.collaboration, Message(en: "How does the collaboration go?", nl: "Hoe verloopt de samenwerking?")),
            (\.goalsAchieved, Message(en: "Which goals were (not) achieved?", nl: "Welke doelstellingen zijn (niet) behaald?")),
            (\.mainReason, Message(en: "The main reason", nl: "De belangrijkste reden")),
        ]
        for e in evaluations {
            let year = e.year.map { "\($0)" } ?? "?"
            blocks.append(.heading(2, c.text(Message(en: "Evaluation of plan year \(year)", nl: "Evaluatie planjaar \(year)"))))
            if let date = e.date { blocks.append(.facts([Fact(c.text(Message(en: "Date", nl: "Datum")), c.language.date(date))])) }
            for (field, question) in questions {
                guard let answer = e[keyPath: field].map(c.text) else { continue }
                blocks.append(.heading(3, c.text(question)))
                blocks.append(.paragraph(answer))
            }
            let improvements = e.improvements.map(c.text)
            if !improvements.isEmpty {
                blocks.append(.heading(3, c.text(Message(en: "Improvement points", nl: "Verbeterpunten"))))
                blocks.append(.bullets(improvements))
            }
        }
        return Document(title: c.text(Message(en: "Evaluation results", nl: "Evaluatieresultaten")), preface: c.preface(), language: c.language,
                        blocks: blocks, fileName: c.text(Message(en: "evaluation", nl: "evaluatie")))
    }
}
