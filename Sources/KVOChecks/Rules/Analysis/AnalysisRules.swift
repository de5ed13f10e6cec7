import KVOModel

/// The evaluators of this section of the handbook, one per rule, each in its own file named after the rule ID.
enum AnalysisRules {
    static let all: [any RuleEvaluator] = [
        AnalysisWritten(),
        SurveyThemeMinimum(),
        SurveyOpenQuestions(),
        SurveyBlockTotal(),
        SurveyOwnQuestions(),
        SurveyIndividualInvite(),
        SurveyClusterSameQuestions(),
        SurveyResponseMinimum(),
        SurveyResultsUnsummarised(),
        PoliceFigures(),
        FireFigures(),
        MunicipalFigures(),
        FiguresSplit(),
        InspectionDayEvening(),
        InspectionAttendance(),
        InspectionFindings(),
        InspectionPositives(),
        InspectionReportMeta(),
        AnalysisPrioritised(),
        AnalysisConsensus(),
    ]
}
