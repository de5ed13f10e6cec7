extension Handbook {
    /// §5.2.1, §6.3, §6.3.1 and §6.4: the audit's deadlines and its minimum time.
    public enum Audit {
        /// §5.2.1: "Minimaal twee weken vooraf aan de datum van de KVO-audit" the document set is
        /// delivered: 14 days.
        public static let documentLeadDays = 14

        /// The last day the §5.2.1 document set may arrive: 14 days before the audit (on it is in time).
        public static func documentsDue(audit: Day) -> Day { audit.adding(days: -documentLeadDays) }

        /// §6.4: "Binnen twee weken na de KVO-audit wordt het rapport ... verstuurd": 14 days.
        public static let reportDays = 14

        /// The last day the audit report may reach the workgroup (§6.4).
        public static func reportDue(audit: Day) -> Day { audit.adding(days: reportDays) }

        /// §6.3: "maximaal twee maanden de tijd voor het aanleveren van de aanvullingen".
        public static let supplementMonths = 2

        /// §6.3: "De Certificatie-Instelling beoordeelt deze aanvullingen binnen een maand."
        public static let assessmentMonths = 1

        /// The last day the workgroup may deliver supplements after an audit with deviations (§6.3).
        public static func supplementsDue(audit: Day) -> Day { audit.adding(months: supplementMonths) }

        /// The last day the certification body may assess supplements delivered on `delivered` (§6.3).
        public static func assessmentDue(delivered: Day) -> Day { delivered.adding(months: assessmentMonths) }

        /// §6.3.1 "Audittijd": the minimum hours by the number of parks (1 park 8 h, a cluster of 2
        /// 10 h, of 3 11 h, of 4 12 h). Index: parks.
        public static let hoursTable = [1: 8, 2: 10, 3: 11, 4: 12]

        /// The minimum audit time in hours for an area of `parks` parks, or nil outside the table
        /// (no parks, or a cluster larger than §3.1.1 allows).
        public static func hours(parks: Int) -> Int? { hoursTable[parks] }

        /// §6.3.1: "De tijd op locatie is ca. de helft van de totaal te besteden tijd."
        public static func hoursOnSite(parks: Int) -> Double? { hours(parks: parks).map { Double($0) / 2 } }
    }
}
