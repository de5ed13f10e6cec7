import KVOModel

/// The survey report of §4.1.1 ("rapport veiligheidsenquête"): how the survey went out, the
/// response per park, every question's answers as a chart, and every open answer in full.
package enum SurveyReport {
    package static func make(_ c: ReportContext) -> Document {
        Document(title: c.text(Message(en: "Survey report", nl: "Rapport veiligheidsenquête")), preface: c.preface(), language: c.language,
                 blocks: SurveySection(c: c).blocks(level: 2), fileName: c.text(Message(en: "survey", nl: "enquete")))
    }
}
