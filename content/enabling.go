package content

import (
	"slices"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// The enabling self-check of the enabling module: situations where love can slide
// into cushioning the drinking or using, each with a suggestion shown when
// the person answers "sometimes" or "often". The order is the order of the
// answers stored with each result, so add new situations at the end.

// Situation is one question of the enabling self-check.
type Situation struct {
	ID         string
	Text       *i18n.Message
	Suggestion *i18n.Message
	// ForMinor is the suggestion when the loved one is under 18, where it
	// differs from Suggestion; nil when it does not.
	ForMinor *i18n.Message
	// Parenting marks what is part of parenting a child under 18, not
	// enabling (supervision, knowing where they are, checking their things
	// and their phone): for a minor it is not scored, and ForMinor points
	// to the lesson for parents of children under 18.
	Parenting bool
}

// ParentsLesson is the lesson for parents of children under 18, as
// module and lesson ids: the self-check's advice for a minor points to it.
const (
	ParentsLessonModule = "boundaries"
	ParentsLessonID     = "parents-of-minors"
)

// The three answers, as stored.
const (
	AnswerRarely    = 0
	AnswerSometimes = 1
	AnswerOften     = 2
)

// EnablingSituations are the self-check's situations, in order.
func EnablingSituations() []Situation { return slices.Clone(enablingSituations) }

var enablingSituations = []Situation{
	{ID: "Excuses", Text: msgEnExcuses, Suggestion: msgEnExcusesTry, ForMinor: msgEnExcusesMinor},
	{ID: "Debts", Text: msgEnDebts, Suggestion: msgEnDebtsTry},
	{ID: "Cash", Text: msgEnCash, Suggestion: msgEnCashTry, ForMinor: msgEnCashMinor},
	{ID: "CleanUp", Text: msgEnCleanUp, Suggestion: msgEnCleanUpTry},
	{ID: "CoverUp", Text: msgEnCoverUp, Suggestion: msgEnCoverUpTry},
	{ID: "Joining", Text: msgEnJoining, Suggestion: msgEnJoiningTry},
	{ID: "Rescue", Text: msgEnRescue, Suggestion: msgEnRescueTry},
	{ID: "Duties", Text: msgEnDuties, Suggestion: msgEnDutiesTry},
	{ID: "Silence", Text: msgEnSilence, Suggestion: msgEnSilenceTry},
	{ID: "Promises", Text: msgEnPromises, Suggestion: msgEnPromisesTry, ForMinor: msgEnPromisesMinor},
	{ID: "Supply", Text: msgEnSupply, Suggestion: msgEnSupplyTry},
	{ID: "Self", Text: msgEnSelf, Suggestion: msgEnSelfTry},
	{ID: "Threats", Text: msgEnThreats, Suggestion: msgEnThreatsTry},
	{ID: "Checking", Text: msgEnChecking, Suggestion: msgEnCheckingTry, ForMinor: msgEnCheckingMinor, Parenting: true},
}

const (
	dSit = "A situation in the enabling self-check; the person answers how often they do it"
	dTry = "A suggestion in the enabling self-check, shown when the person answered sometimes or often to the situation above it"
)

var (
	msgEnExcuses     = &i18n.Message{ID: "Enabling.Excuses", Description: dSit, Other: "Calling their work, school or family with an excuse for them after a night of drinking or using."}
	msgEnExcusesTry  = &i18n.Message{ID: "Enabling.Excuses.Try", Description: dTry, Other: "Let them make their own calls. You can say, kindly: \"I'm not going to call in for you. I hope you feel better.\""}
	msgEnDebts       = &i18n.Message{ID: "Enabling.Debts", Description: dSit, Other: "Paying debts, fines or bills that their drinking or using ran up."}
	msgEnDebtsTry    = &i18n.Message{ID: "Enabling.Debts.Try", Description: dTry, Other: "Keep paying for what you share and need, like rent and food, and let debts from using stay theirs. A free money adviser can help you protect yourself."}
	msgEnCash        = &i18n.Message{ID: "Enabling.Cash", Description: dSit, Other: "Giving them money without knowing what it will be spent on."}
	msgEnCashTry     = &i18n.Message{ID: "Enabling.Cash.Try", Description: dTry, Other: "Offer to pay for one specific thing directly (a bill, a travel pass, a meal) instead of giving cash."}
	msgEnCleanUp     = &i18n.Message{ID: "Enabling.CleanUp", Description: dSit, Other: "Cleaning up after them (mess, damage, missed appointments) so they never see what happened."}
	msgEnCleanUpTry  = &i18n.Message{ID: "Enabling.CleanUp.Try", Description: dTry, Other: "Where it is safe, leave it for them to find. Seeing what happened can teach what no lecture can. Never leave anyone in danger: safety comes first."}
	msgEnCoverUp     = &i18n.Message{ID: "Enabling.CoverUp", Description: dSit, Other: "Telling other people that everything is fine, or hiding how bad things are."}
	msgEnCoverUpTry  = &i18n.Message{ID: "Enabling.CoverUp.Try", Description: dTry, Other: "Choose one person you trust and tell them the truth. Keeping the secret alone cuts you off from support."}
	msgEnJoining     = &i18n.Message{ID: "Enabling.Joining", Description: dSit, Other: "Drinking or using with them to keep the peace or to keep an eye on them."}
	msgEnJoiningTry  = &i18n.Message{ID: "Enabling.Joining.Try", Description: dTry, Other: "Spend your time together when they are sober instead, doing something they enjoy. That is what rewarding sober time means."}
	msgEnRescue      = &i18n.Message{ID: "Enabling.Rescue", Description: dSit, Other: "Getting them out of trouble with the law: paying bail or a lawyer, or talking to the police for them."}
	msgEnRescueTry   = &i18n.Message{ID: "Enabling.Rescue.Try", Description: dTry, Other: "Decide ahead of time what you will and will not do if it happens again, and tell them calmly at a sober moment."}
	msgEnDuties      = &i18n.Message{ID: "Enabling.Duties", Description: dSit, Other: "Quietly doing their share at home (childcare, chores, driving) so no one notices they can't."}
	msgEnDutiesTry   = &i18n.Message{ID: "Enabling.Duties.Try", Description: dTry, Other: "Say which things you will no longer cover, and let the gap show. Arrange care for children first, so they are never the ones who pay."}
	msgEnSilence     = &i18n.Message{ID: "Enabling.Silence", Description: dSit, Other: "Avoiding any talk about their drinking or using, for fear of a scene."}
	msgEnSilenceTry  = &i18n.Message{ID: "Enabling.Silence.Try", Description: dTry, Other: "Plan one calm conversation for a sober moment. The conversation planner in Learn can help you prepare it."}
	msgEnPromises    = &i18n.Message{ID: "Enabling.Promises", Description: dSit, Other: "Dropping a consequence you said you would keep, because they promised things would be different."}
	msgEnPromisesTry = &i18n.Message{ID: "Enabling.Promises.Try", Description: dTry, Other: "Set only consequences you can keep, then keep them calmly. A boundary you hold is kinder than a threat you drop."}
	msgEnSupply      = &i18n.Message{ID: "Enabling.Supply", Description: dSit, Other: "Buying alcohol or drugs for them, or driving them to get some."}
	msgEnSupplyTry   = &i18n.Message{ID: "Enabling.Supply.Try", Description: dTry, Other: "You can say no to this every time: \"I'm not going to buy that for you.\" It is a good first boundary to build. But if they drink heavily every day, stopping suddenly can make them very ill within a day or two: shaking, sweating, a racing heart, confusion, seeing or hearing things, or a seizure means calling the emergency number. Suggest a doctor for cutting down safely; the Safety first module has the signs."}
	msgEnSelf        = &i18n.Message{ID: "Enabling.Self", Description: dSit, Other: "Putting your own sleep, health, friends or work aside to manage their drinking or using."}
	msgEnSelfTry     = &i18n.Message{ID: "Enabling.Self.Try", Description: dTry, Other: "Choose one thing this week that is only for you. The self-care rating in Learn shows how you are doing over time."}
	msgEnThreats     = &i18n.Message{ID: "Enabling.Threats", Description: dSit, Other: "Making threats in anger that you do not carry out."}
	msgEnThreatsTry  = &i18n.Message{ID: "Enabling.Threats.Try", Description: dTry, Other: "Wait until you are calm, then say only what you will do: \"If you…, I will…\". The boundary builder can help."}
	msgEnChecking    = &i18n.Message{ID: "Enabling.Checking", Description: dSit, Other: "Checking up on them: searching their things, counting bottles, tracking their phone."}
	msgEnCheckingTry = &i18n.Message{ID: "Enabling.Checking.Try", Description: dTry, Other: "Checking keeps your attention on them and rarely changes what they do. Put that energy into your own plan and your own support. If your child is under 18, it is different: knowing where they are and who they are with is part of parenting. The lesson for parents of children under 18, in Setting healthy boundaries, explains how."}
)

const dMinor = "A suggestion in the enabling self-check when the loved one is under 18, shown when the person answered sometimes or often to the situation. It names the lesson for parents of children under 18 (content/learn/<lang>/boundaries/06-parents-of-minors.md) by its title in this language"

// The suggestions for a child under 18, where they differ.
var (
	msgEnExcusesMinor = &i18n.Message{ID: "Enabling.Excuses.Minor", Description: dMinor,
		Other: "With a child under 18, you are the one who speaks to the school, and that is right. Instead of an excuse, think about telling a school counsellor or nurse what is going on: the school can help. The lesson \"If your child is under 18\" says who else can."}
	msgEnCashMinor = &i18n.Message{ID: "Enabling.Cash.Minor", Description: dMinor,
		Other: "With a child under 18, it is fair to know what their money is for. Agree a house rule about pocket money, and pay for things directly where you can. The lesson \"If your child is under 18\" explains house rules."}
	msgEnPromisesMinor = &i18n.Message{ID: "Enabling.Promises.Minor", Description: dMinor,
		Other: "With a child under 18, house rules are part of parenting. Agree them calmly, say ahead of time what will happen if they are broken, then do it, kindly, every time. The lesson \"If your child is under 18\" explains how."}
	msgEnCheckingMinor = &i18n.Message{ID: "Enabling.Checking.Minor", Description: dMinor,
		Other: "With a child under 18, knowing where they are and who they are with is part of parenting, not enabling, and so is some checking of their things or their phone: it is not counted in your score. Tell them what you will check and why, rather than doing it in secret, and keep it in proportion. The lesson \"If your child is under 18\" explains how."}
)

// The result's bands, by total score.
var (
	msgEnBandFew = &i18n.Message{ID: "Enabling.Band.Few", Description: "Result of the enabling self-check for a low score",
		Other: "You rarely step in to soften the consequences of their drinking or using. Keep noticing when you are tempted to, and keep looking after yourself."}
	msgEnBandSome = &i18n.Message{ID: "Enabling.Band.Some", Description: "Result of the enabling self-check for a middle score",
		Other: "Sometimes you step in to protect them from the consequences of their drinking or using. That is common, and it comes from love. The suggestions below pick out where stepping back could help you both."}
	msgEnBandMany = &i18n.Message{ID: "Enabling.Band.Many", Description: "Result of the enabling self-check for a high score",
		Other: "You often step in to protect them from the consequences. That comes from love, and it is exhausting. You do not have to change everything at once: choose one suggestion below to try this week."}
	// MsgEnablingSafety is shown with every result.
	MsgEnablingSafety = &i18n.Message{ID: "Enabling.Safety", Description: "Shown with every result of the enabling self-check",
		Other: "Stepping back never means leaving someone in danger. Calling for help in an emergency, keeping naloxone at home, or driving someone home so they do not drive: that is safety, not enabling."}
)

// EnablingScore adds up the answers the self-check scores, and says the
// highest score they could give. For a minor (under 18), what is part of
// parenting is not scored. Answers beyond the known situations are ignored,
// so results saved with fewer situations score over their own answers.
func EnablingScore(answers []int, minor bool) (score, max int) {
	for i, a := range answers {
		if i >= len(enablingSituations) || minor && enablingSituations[i].Parenting {
			continue
		}
		score += a
		max += AnswerOften
	}
	return score, max
}

// EnablingBand is the message that sums up a score out of max.
func EnablingBand(score, max int) *i18n.Message {
	switch {
	case score*4 <= max: // a quarter or less
		return msgEnBandFew
	case score*5 <= max*3: // up to three fifths
		return msgEnBandSome
	default:
		return msgEnBandMany
	}
}

// EnablingSuggestions returns the suggestions for the scored situations
// answered "often", then those answered "sometimes", each group in the
// check's order; for a minor, the ones for a child under 18 where they
// differ. What is part of parenting a minor is left to EnablingParenting.
func EnablingSuggestions(answers []int, minor bool) []*i18n.Message {
	return suggestions(answers, func(s Situation) (*i18n.Message, bool) {
		switch {
		case !minor:
			return s.Suggestion, true
		case s.Parenting:
			return nil, false
		case s.ForMinor != nil:
			return s.ForMinor, true
		}
		return s.Suggestion, true
	})
}

// EnablingParenting returns, for a minor, what the check says about the
// situations answered "often" or "sometimes" that are part of parenting a
// child under 18, not enabling; nothing for an adult.
func EnablingParenting(answers []int, minor bool) []*i18n.Message {
	return suggestions(answers, func(s Situation) (*i18n.Message, bool) { return s.ForMinor, minor && s.Parenting })
}

// suggestions picks a message for each situation answered "often", then
// "sometimes"; pick says which message, and whether there is one.
func suggestions(answers []int, pick func(Situation) (*i18n.Message, bool)) []*i18n.Message {
	var out []*i18n.Message
	for _, want := range []int{AnswerOften, AnswerSometimes} {
		for i, a := range answers {
			if i >= len(enablingSituations) || a != want {
				continue
			}
			if m, ok := pick(enablingSituations[i]); ok {
				out = append(out, m)
			}
		}
	}
	return out
}
