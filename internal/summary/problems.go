package summary

import (
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
)

// The problem-solving worksheets in the summary: each problem, then its
// steps in order.

var (
	msgProblems   = &i18n.Message{ID: "Summary.Problems", Description: "Summary: heading of the problem-solving worksheets", Other: "Solving a problem"}
	msgNoProblems = &i18n.Message{ID: "Summary.NoProblems", Description: "Summary: no problem-solving worksheet has been written", Other: "No problems have been worked through yet."}
	msgProbIdeas  = &i18n.Message{ID: "Summary.Problem.Ideas", Description: dWorksheet, Other: "Ideas"}
	msgProbChoice = &i18n.Message{ID: "Summary.Problem.Choice", Description: "Summary: a label in the problem-solving worksheet: the idea or two chosen to try", Other: "What I will try"}
	msgProbObst   = &i18n.Message{ID: "Summary.Problem.Obstacles", Description: dWorksheet, Other: "What could get in the way"}
	msgProbThen   = &i18n.Message{ID: "Summary.Problem.IfObstacle", Description: "Summary: a label in the problem-solving worksheet: what the person will do if an obstacle comes", Other: "What I will do then"}
	msgProbWent   = &i18n.Message{ID: "Summary.Problem.HowItWent", Description: dWorksheet, Other: "How it went"}
	msgProbNext   = &i18n.Message{ID: "Summary.Problem.Next", Description: dWorksheet, Other: "Next"}
)

func (p *page) problems(ps []store.ProblemSheet) {
	p.heading(msgProblems)
	if len(ps) == 0 {
		p.note(p.t(msgNoProblems))
	}
	for _, x := range ps {
		p.subheading(x.Problem)
		p.damaged(x.Damaged)
		p.field(msgProbIdeas, x.Ideas)
		p.field(msgProbChoice, x.Choice)
		p.field(msgProbObst, x.Obstacles)
		p.field(msgProbThen, x.IfObstacle)
		p.field(msgProbWent, x.HowItWent)
		p.field(msgProbNext, x.Next)
	}
}
