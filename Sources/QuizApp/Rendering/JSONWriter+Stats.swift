import QuizEngine

extension JSONWriter {
    /// `factquiz stats --format json`.
    mutating func statsDocument(_ stats: ProgressStats, player: String?) {
        beginObject()
        key("player"); optionalString(player)
        key("answers"); int(stats.answers)
        key("correct"); int(stats.correct)
        key("sessions"); int(stats.sessions)
        key("points"); int(stats.points)
        key("accuracy"); optionalDouble(stats.accuracy)
        key("firstDay"); optionalString(stats.firstDay?.description)
        key("lastDay"); optionalString(stats.lastDay?.description)
        key("activeDays"); int(stats.activeDays)
        key("streak"); int(stats.streak)
        key("granularity"); string(stats.granularity.rawValue)
        key("periods"); periods(stats.periods)
        key("skills"); series(stats.skills)
        key("packs"); series(stats.packs)
        key("calibration"); calibration(stats.calibration)
        endObject()
        newline()
    }

    mutating func optionalDouble(_ value: Double?) {
        if let value { double(value) } else { null() }
    }

    private mutating func periods(_ periods: [ProgressStats.Period]) {
        beginArray()
        for period in periods {
            beginObject()
            key("start"); string(period.start.description)
            key("answers"); int(period.answers)
            key("correct"); int(period.correct)
            key("accuracy"); optionalDouble(period.accuracy)
            endObject()
        }
        endArray()
    }

    private mutating func series(_ list: [ProgressStats.Series]) {
        beginArray()
        for item in list {
            beginObject()
            key("id"); string(item.id)
            key("title"); string(item.title)
            key("answers"); int(item.answers)
            key("correct"); int(item.correct)
            key("points"); int(item.points)
            key("accuracy"); double(item.accuracy)
            key("lastPlayed"); string(item.lastPlayed.description)
            key("periods"); periods(item.periods)
            endObject()
        }
        endArray()
    }

    mutating func calibration(_ calibration: CalibrationSummary) {
        beginObject()
        key("answers"); int(calibration.count)
        key("meanConfidence"); optionalDouble(calibration.meanConfidence)
        key("accuracy"); optionalDouble(calibration.accuracy)
        key("brierScore"); optionalDouble(calibration.brierScore)
        key("overconfidence"); optionalDouble(calibration.overconfidence)
        key("verdict"); optionalString(calibration.verdict)
        key("bins")
        beginArray()
        for bin in calibration.bins {
            beginObject()
            key("lower"); double(bin.lower)
            key("upper"); double(bin.upper)
            key("answers"); int(bin.count)
            key("meanConfidence"); double(bin.meanConfidence)
            key("accuracy"); double(bin.accuracy)
            endObject()
        }
        endArray()
        endObject()
    }
}
