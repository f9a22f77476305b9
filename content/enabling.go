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
}

// The three answers, as stored.
const (
	AnswerRarely    = 0
	AnswerSometimes = 1
	AnswerOften     = 2
)

// EnablingSituations are the self-check's situations, in order.
func EnablingSituations() []Situation { return slices.Clone(enablingSituations) }

var enablingSituations = []Situation{
	{ID: "Excuses", Text: msgEnExcuses, Suggestion: msgEnExcusesTry},
	{ID: "Debts", Text: msgEnDebts, Suggestion: msgEnDebtsTry},
	{ID: "Cash", Text: msgEnCash, Suggestion: msgEnCashTry},
	{ID: "CleanUp", Text: msgEnCleanUp, Suggestion: msgEnCleanUpTry},
	{ID: "CoverUp", Text: msgEnCoverUp, Suggestion: msgEnCoverUpTry},
	{ID: "Joining", Text: msgEnJoining, Suggestion: msgEnJoiningTry},
	{ID: "Rescue", Text: msgEnRescue, Suggestion: msgEnRescueTry},
	{ID: "Duties", Text: msgEnDuties, Suggestion: msgEnDutiesTry},
	{ID: "Silence", Text: msgEnSilence, Suggestion: msgEnSilenceTry},
	{ID: "Promises", Text: msgEnPromises, Suggestion: msgEnPromisesTry},
	{ID: "Supply", Text: msgEnSupply, Suggestion: msgEnSupplyTry},
	{ID: "Self", Text: msgEnSelf, Suggestion: msgEnSelfTry},
	{ID: "Threats", Text: msgEnThreats, Suggestion: msgEnThreatsTry},
	{ID: "Checking", Text: msgEnChecking, Suggestion: msgEnCheckingTry},
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

// EnablingMax is the highest score the self-check can give.
func EnablingMax() int { return AnswerOften * len(enablingSituations) }

// EnablingBand is the message that sums up a score.
func EnablingBand(score int) *i18n.Message {
	max := EnablingMax()
	switch {
	case score*4 <= max: // a quarter or less
		return msgEnBandFew
	case score*5 <= max*3: // up to three fifths
		return msgEnBandSome
	default:
		return msgEnBandMany
	}
}

// EnablingSuggestions returns the suggestions for the situations answered
// "often", then those answered "sometimes", each group in the check's order.
// Answers beyond the known situations are ignored.
func EnablingSuggestions(answers []int) []*i18n.Message {
	var out []*i18n.Message
	for _, want := range []int{AnswerOften, AnswerSometimes} {
		for i, a := range answers {
			if i < len(enablingSituations) && a == want {
				out = append(out, enablingSituations[i].Suggestion)
			}
		}
	}
	return out
}
