import KVOModel

/// Dates and quarters: today, parsing, spans.
enum DateFunctions {
    static let all: [FunctionSpec] = [
        FunctionSpec("today", "today()", arity: 0...0, summary: "the session's date (today, or --as-of)", example: "today() + 14") { call in
            .date(call.interpreter.options.today)
        },
        FunctionSpec("date", "date(TEXT) or date(YEAR, MONTH, DAY)", arity: 1...3, summary: "a date from YYYY-MM-DD text or from its parts",
                     example: "date(2025, 3, 1)") { call in
            if call.arguments.count == 1 {
                if case .date = call[0] { return call[0] }
                let text = try call.string(0)
                guard let d = Day(text.trimmingBlanks()) else { throw FunctionError("'\(text)' is not a date (YYYY-MM-DD)", argument: 0) }
                return .date(d)
            }
            guard call.arguments.count == 3 else { throw FunctionError("give a text or year, month and day") }
            guard let d = Day(year: try call.whole(0), month: try call.whole(1), day: try call.whole(2)) else {
                throw FunctionError("there is no such date")
            }
            return .date(d)
        },
        FunctionSpec("quarter", "quarter(DATE) or quarter(TEXT)", arity: 1...1, summary: "the quarter a date falls in, or a quarter from 2025Q2 text",
                     example: "quarter(2025-05-14)  # 2025Q2") { call in
            switch call[0] {
            case .date(let d): return .quarter(d.quarter)
            case .quarter: return call[0]
            case .string(let s):
                guard let q = Quarter(s.trimmingBlanks()) else { throw FunctionError("'\(s)' is not a quarter (2025Q1 to 2025Q4)", argument: 0) }
                return .quarter(q)
            default: throw FunctionError("needs a date or a string, got \(call[0].typeName)", argument: 0)
            }
        },
        FunctionSpec("days_between", "days_between(FROM, TO)", arity: 2...2, summary: "the days from FROM to TO (negative when TO is earlier)",
                     example: "days_between(2025-03-01, 2025-03-15)  # 14") { call in
            guard case .date(let a) = call[0] else { throw FunctionError("FROM must be a date", argument: 0) }
            guard case .date(let b) = call[1] else { throw FunctionError("TO must be a date", argument: 1) }
            return .number(Double(a.days(until: b)))
        },
        FunctionSpec("add_months", "add_months(DATE, N)", arity: 2...2, summary: "DATE moved N calendar months (the day is kept or clamped to the month's end)",
                     example: "add_months(2025-01-31, 1)  # 2025-02-28") { call in
            guard case .date(let d) = call[0] else { throw FunctionError("DATE must be a date", argument: 0) }
            return .date(d.adding(months: try call.whole(1)))
        },
        FunctionSpec("add_years", "add_years(DATE, N)", arity: 2...2, summary: "DATE moved N years (29 February becomes 28 February)",
                     example: "add_years(2025-06-30, 3)  # certificate expiry") { call in
            guard case .date(let d) = call[0] else { throw FunctionError("DATE must be a date", argument: 0) }
            return .date(d.adding(years: try call.whole(1)))
        },
    ]
}
