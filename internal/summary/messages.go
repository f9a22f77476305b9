package summary

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The words of the summary. Dates come from the localizer's Date.
var (
	msgTitle = &i18n.Message{
		ID:          "Summary.Title",
		Description: "Title of the PDF summary the person can give to a counsellor or therapist",
		Other:       "Summary for a counsellor",
	}
	msgPeriod = &i18n.Message{
		ID:          "Summary.Period",
		Description: "Under the summary's title: the dates it covers; From and To are written-out dates",
		Other:       "From {{.From}} to {{.To}}",
	}
	msgMade = &i18n.Message{
		ID:          "Summary.Made",
		Description: "Under the summary's title: when it was made; Date is a written-out date",
		Other:       "Made with Alongside on {{.Date}}.",
	}
	msgPrivate = &i18n.Message{
		ID:          "Summary.Private",
		Description: "Warning printed at the top of the summary",
		Other:       "This summary holds words from your private records, and the file is not protected: anyone who has it can read it. Share it only with people you trust.",
	}
	msgPage = &i18n.Message{
		ID:          "Summary.Page",
		Description: "Page footer of the summary; Page and Total are numbers",
		Other:       "Page {{.Page}} of {{.Total}}",
	}
	msgDecimal = &i18n.Message{
		ID:          "Summary.Decimal",
		Description: "The decimal separator of the language, as in 3.5 or 3,5. Write only the character",
		Other:       ".",
	}
	msgDamaged = &i18n.Message{
		ID:          "Summary.Damaged",
		Description: "Summary: a record that could not be read (it may be damaged)",
		Other:       "(Part of this record could not be read; it may be damaged.)",
	}

	msgBoundaries = &i18n.Message{
		ID:          "Summary.Boundaries",
		Description: "Summary: heading of the boundaries section",
		Other:       "Boundaries and how they held",
	}
	msgNoBoundaries = &i18n.Message{
		ID:          "Summary.NoBoundaries",
		Description: "Summary: no boundary was in force in the period",
		Other:       "No boundaries were in force in these dates.",
	}
	msgBoundarySet = &i18n.Message{
		ID:          "Summary.BoundarySet",
		Description: "Summary: when a boundary was set; Date is a written-out date",
		Other:       "Set on {{.Date}}",
	}
	msgBoundaryRetired = &i18n.Message{
		ID:          "Summary.BoundaryRetired",
		Description: "Summary: after the date a boundary was set, when it is no longer in force",
		Other:       "no longer in force",
	}
	msgConsequence = &i18n.Message{
		ID:          "Summary.Consequence",
		Description: "Summary: label of what the person will do if a boundary is crossed",
		Other:       "What I will do",
	}
	msgTally = &i18n.Message{
		ID:          "Summary.Tally",
		Description: "Summary: how a boundary held in the period; Count is the number of times it was tested, Held, Bent and Broken how often each happened",
		One:         "Tested once in these dates: held {{.Held}}, bent {{.Bent}}, broken {{.Broken}}.",
		Other:       "Tested {{.Count}} times in these dates: held {{.Held}}, bent {{.Bent}}, broken {{.Broken}}.",
	}
	msgNotTested = &i18n.Message{
		ID:          "Summary.NotTested",
		Description: "Summary: a boundary that was not tested in the period",
		Other:       "Not tested in these dates.",
	}
	msgHeld   = &i18n.Message{ID: "Summary.Outcome.Held", Description: "Summary: a boundary test's outcome", Other: "held"}
	msgBent   = &i18n.Message{ID: "Summary.Outcome.Bent", Description: "Summary: a boundary test's outcome", Other: "bent"}
	msgBroken = &i18n.Message{ID: "Summary.Outcome.Broken", Description: "Summary: a boundary test's outcome", Other: "broken"}

	msgConversations = &i18n.Message{
		ID:          "Summary.Conversations",
		Description: "Summary: heading of the conversations section",
		Other:       "Conversations and debriefs",
	}
	msgNoConversations = &i18n.Message{
		ID:          "Summary.NoConversations",
		Description: "Summary: no conversation was planned or debriefed in the period",
		Other:       "No conversations were planned or debriefed in these dates.",
	}
	msgPlanned = &i18n.Message{
		ID:          "Summary.Planned",
		Description: "Summary: when a conversation plan was written; Date is a written-out date",
		Other:       "Planned on {{.Date}}",
	}
	msgDebriefed = &i18n.Message{
		ID:          "Summary.Debriefed",
		Description: "Summary: heading of a conversation's debrief; Date is a written-out date",
		Other:       "Debrief of {{.Date}}",
	}
	msgNoDebrief = &i18n.Message{
		ID:          "Summary.NoDebrief",
		Description: "Summary: a conversation without a debrief yet",
		Other:       "No debrief written yet.",
	}
	msgGoal        = &i18n.Message{ID: "Summary.Goal", Description: "Summary: label of a conversation's goal", Other: "Goal"}
	msgWhenWhere   = &i18n.Message{ID: "Summary.WhenWhere", Description: "Summary: label of a conversation's time and place", Other: "When and where"}
	msgOpening     = &i18n.Message{ID: "Summary.Opening", Description: "Summary: label of a conversation's opening line", Other: "Opening line"}
	msgIStatements = &i18n.Message{ID: "Summary.IStatements", Description: "Summary: label of a conversation's I-statements", Other: "I-statements"}
	msgAvoid       = &i18n.Message{ID: "Summary.Avoid", Description: "Summary: label of what to avoid saying in a conversation", Other: "What to avoid"}
	msgSelfCareLab = &i18n.Message{ID: "Summary.LookingAfterMyself", Description: "Summary: label of how the person will look after themselves around a conversation", Other: "Looking after myself"}
	msgHappened    = &i18n.Message{ID: "Summary.Happened", Description: "Summary: debrief label", Other: "What happened"}
	msgResponse    = &i18n.Message{ID: "Summary.Response", Description: "Summary: debrief label of how the other person responded", Other: "Their response"}
	msgFelt        = &i18n.Message{ID: "Summary.Felt", Description: "Summary: debrief label", Other: "How I felt"}
	msgNextTime    = &i18n.Message{ID: "Summary.NextTime", Description: "Summary: debrief label", Other: "Next time"}

	msgRelapse = &i18n.Message{
		ID:          "Summary.Relapse",
		Description: "Summary: heading of the relapse plan section",
		Other:       "Relapse plan",
	}
	msgNoPlan = &i18n.Message{
		ID:          "Summary.NoPlan",
		Description: "Summary: no relapse plan has been written",
		Other:       "No relapse plan has been written yet.",
	}
	msgPlanUpdated = &i18n.Message{
		ID:          "Summary.PlanUpdated",
		Description: "Summary: when the relapse plan was last saved; Date is a written-out date",
		Other:       "As it stands now; last saved on {{.Date}}.",
	}
	msgWarningSigns  = &i18n.Message{ID: "Summary.WarningSigns", Description: "Summary: relapse plan label", Other: "Warning signs"}
	msgWhatISay      = &i18n.Message{ID: "Summary.WhatISay", Description: "Summary: relapse plan label", Other: "What I will say"}
	msgWillNotDo     = &i18n.Message{ID: "Summary.WillNotDo", Description: "Summary: relapse plan label", Other: "What I will not do"}
	msgSafetySteps   = &i18n.Message{ID: "Summary.SafetySteps", Description: "Summary: relapse plan label", Other: "Safety steps"}
	msgNaloxoneWhere = &i18n.Message{ID: "Summary.NaloxoneWhere", Description: "Summary: relapse plan label: where the naloxone (overdose medicine) is kept", Other: "Where the naloxone is"}
	msgNaloxoneDate  = &i18n.Message{ID: "Summary.NaloxoneExpires", Description: "Summary: relapse plan label: the naloxone's expiry date", Other: "Naloxone expires"}
	msgWhoToCall     = &i18n.Message{ID: "Summary.WhoToCall", Description: "Summary: relapse plan label", Other: "Who to call"}
	msgWhereHelp     = &i18n.Message{ID: "Summary.WhereHelp", Description: "Summary: relapse plan label", Other: "Where to get help"}
	msgEvents        = &i18n.Message{
		ID:          "Summary.Events",
		Description: "Summary: heading of the times a relapse happened in the period",
		Other:       "Times it happened in these dates",
	}
	msgNoEvents = &i18n.Message{
		ID:          "Summary.NoEvents",
		Description: "Summary: no relapse was recorded in the period",
		Other:       "None recorded.",
	}

	msgMoods = &i18n.Message{
		ID:          "Summary.Moods",
		Description: "Summary: heading of the mood trend section",
		Other:       "Mood",
	}
	msgMoodScale = &i18n.Message{
		ID:          "Summary.MoodScale",
		Description: "Summary: explains the mood trend; Scale is every mood in the words of the window's mood choice (Mood.1 to Mood.5), separated by commas",
		Other:       "The moods given with journal entries, averaged by week, from 1 to 5: {{.Scale}}.",
	}
	msgNoMoods = &i18n.Message{
		ID:          "Summary.NoMoods",
		Description: "Summary: no journal entry with a mood in the period",
		Other:       "No moods were recorded in these dates.",
	}
	msgMoodWeek = &i18n.Message{
		ID:          "Summary.MoodWeek",
		Description: "Summary: a row of the mood trend; Date is the Monday the week starts, written out",
		Other:       "Week of {{.Date}}",
	}
	msgMoodValue = &i18n.Message{
		ID:          "Summary.MoodValue",
		Description: "Summary: a week's average mood and how many entries it comes from; Average is a number such as 3.5, Count a whole number",
		One:         "{{.Average}} (1 entry)",
		Other:       "{{.Average}} ({{.Count}} entries)",
	}

	msgSelfCare = &i18n.Message{
		ID:          "Summary.SelfCare",
		Description: "Summary: heading of the self-care trend section",
		Other:       "Self-care",
	}
	msgSelfCareScale = &i18n.Message{
		ID:          "Summary.SelfCareScale",
		Description: "Summary: explains the self-care table",
		Other:       "How satisfied you were with each part of your life, from 1 to 10: the first and the latest rating in these dates, and the average of all of them.",
	}
	msgNoSelfCare = &i18n.Message{
		ID:          "Summary.NoSelfCare",
		Description: "Summary: no self-care rating in the period",
		Other:       "No self-care ratings were made in these dates.",
	}
	msgSelfCareCount = &i18n.Message{
		ID:          "Summary.SelfCareCount",
		Description: "Summary: how many self-care ratings the table comes from; Count is a number",
		One:         "1 rating.",
		Other:       "{{.Count}} ratings.",
	}
	msgColArea    = &i18n.Message{ID: "Summary.Column.Area", Description: "Summary: self-care table column: the area of life", Other: "Area"}
	msgColFirst   = &i18n.Message{ID: "Summary.Column.First", Description: "Summary: self-care table column: the first rating in the period", Other: "First"}
	msgColLatest  = &i18n.Message{ID: "Summary.Column.Latest", Description: "Summary: self-care table column: the latest rating in the period", Other: "Latest"}
	msgColAverage = &i18n.Message{ID: "Summary.Column.Average", Description: "Summary: self-care table column: the average of the ratings", Other: "Average"}
)
