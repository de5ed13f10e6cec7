import KVOModel

/// §4.1.1 "Minimale respons": the survey response each park must reach, by its number of
/// entrepreneurs. Shared by KVO-4.1.1-RESPONSE and the shell's response(PARK) and
/// required_response(PARK). Integer arithmetic only, so that 30 % of 51 is 16, never 15.
public enum SurveyResponse {
    /// The minimum response in percent: up to 50 entrepreneurs 40 %, 51–100 30 %, more 20 %.
    /// (The handbook's table starts at 0 and ends at 600; above 600 the area itself is too large,
    /// which KVO-3.1-MAX-ENTREPRENEURS reports, and the last band's 20 % is used.)
    public static func minimum(entrepreneurs: Int) -> Int {
        switch entrepreneurs {
        case ...50: 40
        case 51...100: 30
        default: 20
        }
    }

    /// The responses needed: entrepreneurs × minimum, rounded up (50 → 20, 51 → 16, 100 → 30, 101 → 21).
    public static func required(entrepreneurs: Int) -> Int {
        guard entrepreneurs > 0 else { return 0 }
        return (entrepreneurs * minimum(entrepreneurs: entrepreneurs) + 99) / 100
    }

    /// Whether `responses` reach the minimum for `entrepreneurs`.
    public static func reached(responses: Int, entrepreneurs: Int) -> Bool {
        responses >= required(entrepreneurs: entrepreneurs)
    }

    /// The response rate in tenths of a percent, rounded down (18 of 52 → 346, shown as 34.6 %),
    /// so that a rate just under a minimum never shows as the minimum itself.
    public static func tenthsOfPercent(responses: Int, entrepreneurs: Int) -> Int {
        guard entrepreneurs > 0 else { return 0 }
        return responses * 1000 / entrepreneurs
    }
}
