package ui

import (
	"context"
	"log"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/journal"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/records"
)

var (
	msgHomeWelcome = &i18n.Message{ID: "Home.Welcome", Description: "Heading of the home screen", Other: "Welcome. This is a quiet place for you."}
	msgHomeIntro   = &i18n.Message{ID: "Home.Intro", Description: "Opening paragraph of the home screen",
		Other: "Loving someone who drinks or uses drugs is hard. Here you can learn what helps families, keep a private record and find a support group. Everything stays on this computer."}
	msgHomeWorried     = &i18n.Message{ID: "Home.Worried.Title", Description: "Card for someone frightened right now", Other: "Worried right now?"}
	msgHomeWorriedBody = &i18n.Message{ID: "Home.Worried.Body", Description: "Body of the worried-right-now card",
		Other: "If someone may be in danger, call your emergency number first. Get help now (F1) lists helplines and what to do in an overdose."}
	msgHomeNext     = &i18n.Message{ID: "Home.Next.Title", Description: "Card suggesting a first step", Other: "A first step"}
	msgHomeNextBody = &i18n.Message{ID: "Home.Next.Body", Description: "Body of the first-step card",
		Other: "Take a moment for yourself. When you are ready, start with a lesson or find a group."}
	msgHomeRecent      = &i18n.Message{ID: "Home.Recent.Title", Description: "Card listing recent journal entries", Other: "Recent entries"}
	msgHomeRecentEmpty = &i18n.Message{ID: "Home.Recent.Empty", Description: "Shown when there are no journal entries yet",
		Other: "Your latest journal entries and plans will show here."}
	msgHomePrivacy = &i18n.Message{ID: "Home.HideHint", Description: "Hint about hiding the window",
		Other: "Sharing this computer? Press Escape three times, or click Hide, to cover the window at once."}
)

// navigator moves between screens.
type navigator interface {
	Go(id page.Section)
	ShowHelp()
	ShowOverdose()
}

// homeScreen is the start: a calm next step, quick ways in and recent entries.
type homeScreen struct {
	sh     *Shell
	k      page.Kit
	l      *translations.Localizer
	nav    navigator
	invite fyne.CanvasObject // the offer of a passphrase, or nil
	recent *fyne.Container
	// recentCard holds recent; it shows once they are read, so the first
	// frame neither waits for the journal nor says there is nothing in it.
	recentCard fyne.CanvasObject
	step       *fyne.Container // the next lesson to read
	week       *fyne.Container // this week's reward step
	notice     *fyne.Container // a reminder, such as naloxone past its date
}

func makeHome(sh *Shell, _ page.Section) (fyne.CanvasObject, func()) {
	s := &homeScreen{sh: sh, k: sh.kit(), l: sh.l, nav: sh, invite: sh.inviteCard(), recent: container.NewVBox(),
		step: container.NewVBox(), week: container.NewVBox(), notice: container.NewVBox()}
	first := true
	sh.journal.Changed = append(sh.journal.Changed, s.journalChanged)
	return s.buildUI(), func() {
		if s.invite != nil && !sh.inviteWanted() { // the lock was set, or the offer declined, meanwhile
			s.invite.Hide()
		}
		s.showNotice()
		s.showStep()
		s.sh.worksheetScreens().FillWeekStep(s.week)
		// At start-up, reading the journal waits for the first frame; after
		// unlocking, or with the journal in memory, it does not wait.
		if first && !sh.attached && !sh.journal.Ready {
			first = false
			sh.bg.After(recentDelay, s.showRecent)
			return
		}
		first = false
		s.showRecent()
	}
}

// showNotice shows a failed backup, and reminds the person when the
// naloxone in their plan has expired.
func (s *homeScreen) showNotice() {
	var cards []fyne.CanvasObject
	if s.sh.backupNote != "" {
		cards = append(cards, page.NewCard("", page.WarningText(s.sh.backupNote)))
	}
	if r := s.naloxoneNotice(); r != nil {
		cards = append(cards, r)
	}
	page.SetObjects(s.notice, cards...)
}

// naloxoneNotice is the reminder that the naloxone has expired, or nil.
func (s *homeScreen) naloxoneNotice() fyne.CanvasObject {
	if s.sh.deps.Records == nil || s.sh.Locked() {
		return nil
	}
	p, err := s.sh.deps.Records.RelapsePlan(context.Background())
	if err != nil {
		return nil
	}
	r := records.NaloxoneReminder(s.l, p, s.sh.idle.now())
	if r == "" {
		return nil
	}
	open := s.k.Button(s.l.T(sections[page.SectionRelapse].title), sections[page.SectionRelapse].icon(), func() { s.nav.Go(page.SectionRelapse) })
	return page.NewCard("", container.NewVBox(page.WarningText(r), page.NewFlow(open)))
}

// showStep offers the lesson to read next, or to go on with.
func (s *homeScreen) showStep() {
	if s.sh.deps.Learn == nil {
		page.SetObjects(s.step)
		return
	}
	m, i, continuing, ok := s.sh.learnScreens().Progress().Step(s.sh.deps.Learn, s.l.Lang())
	if !ok {
		page.SetObjects(s.step)
		return
	}
	label := msgHomeNextLesson
	if continuing {
		label = msgHomeContinue
	}
	b := s.k.Button(s.l.T(msgHomeOpenLesson), fynetheme.NavigateNextIcon(), func() {
		s.nav.Go(page.SectionLearn)
		s.sh.Push(s.sh.learnScreens().LessonPage(m, i))
	})
	b.Importance = widget.HighImportance
	page.SetObjects(s.step, page.SectionHeading(s.l.T(label, map[string]any{"Lesson": m.Lessons[i].Title})), page.NewFlow(b))
}

var (
	msgHomeNextLesson = &i18n.Message{ID: "Home.Next.Lesson", Description: "Button on Home opening the next lesson to read; Lesson is its title", Other: "Read next: {{.Lesson}}"}
	msgHomeOpenLesson = &i18n.Message{ID: "Home.Next.Open", Description: "Button on Home that opens the lesson named above it", Other: "Open the lesson"}
	msgHomeContinue   = &i18n.Message{ID: "Home.Next.Continue", Description: "Button on Home going back to the lesson last opened; Lesson is its title", Other: "Continue: {{.Lesson}}"}
)

// recentDelay is how long after start-up Home opens the journal.
const recentDelay = 800 * time.Millisecond

// homeRecent is how many recent entries Home lists.
const homeRecent = 3

// showRecent lists the latest journal entries: from the journal when it
// is open already, else read on their own (Home does not open the whole
// journal for three entries). When that reading fails, as it may while
// the store is busy just after unlocking, the journal is opened instead,
// and Home fills in when it is read.
func (s *homeScreen) showRecent() {
	if s.sh.deps.Records == nil || s.sh.Locked() {
		s.showEntries(nil)
		return
	}
	if c := s.sh.journal; c.Ready {
		s.showEntries(c.Recent(homeRecent))
		return
	}
	var entries []store.Entry
	var err error
	s.sh.bg.Do(func() { entries, err = s.sh.deps.Records.RecentEntries(context.Background(), homeRecent) }, func() {
		switch {
		case s.sh.Locked():
		case s.sh.journal.Ready: // read meanwhile, and maybe changed since
			s.showEntries(s.sh.journal.Recent(homeRecent))
		case err != nil:
			log.Printf("home: recent entries: %v", err)
			s.sh.journal.Open(s.sh.bg, nil) // Home hears when it is read
		default:
			s.showEntries(entries)
		}
	})
}

// journalChanged shows the journal's newest entries once it is read or
// changed (an entry saved, changed or deleted).
func (s *homeScreen) journalChanged(entries bool) {
	if c := s.sh.journal; entries && c.Ready && !s.sh.Locked() {
		s.showEntries(c.Recent(homeRecent))
	}
}

// showEntries lists entries on Home, or says where they will be.
func (s *homeScreen) showEntries(entries []store.Entry) {
	defer s.recentCard.Show()
	if len(entries) == 0 {
		page.SetObjects(s.recent, page.Wrapped(s.l.T(msgHomeRecentEmpty)))
		return
	}
	rows := make([]fyne.CanvasObject, len(entries))
	for i, e := range entries {
		open := s.k.RecordLink(page.Snippet(journal.EntryWords(s.l, e.Text), 70), func() { s.sh.Push(s.sh.journalScreens().EntryPage(e)) })
		rows[i] = container.NewVBox(page.SmallPrint(journal.Headline(s.l, e)), open)
	}
	page.SetObjects(s.recent, rows...)
}

func (s *homeScreen) buildUI() fyne.CanvasObject {
	l := s.l
	title := widget.NewLabelWithStyle(l.T(msgHomeWelcome), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = fynetheme.SizeNameHeadingText
	title.Wrapping = fyne.TextWrapWord
	help := s.k.Button(l.T(page.MsgGetHelp), fynetheme.HelpIcon(), s.nav.ShowHelp)
	help.Importance = widget.HighImportance
	overdose := s.k.Button(l.T(page.MsgOverdose), fynetheme.WarningIcon(), s.nav.ShowOverdose)
	worried := page.NewCard(l.T(msgHomeWorried), container.NewVBox(page.Wrapped(l.T(msgHomeWorriedBody)), page.NewFlow(help, overdose)))
	next := page.NewCard(l.T(msgHomeNext), container.NewVBox(page.Wrapped(l.T(msgHomeNextBody)), s.step, s.quickActions()))
	s.recentCard = page.NewCard(l.T(msgHomeRecent), s.recent)
	s.recentCard.Hide()
	col := []fyne.CanvasObject{title, page.Wrapped(l.T(msgHomeIntro)), s.notice}
	if s.invite != nil {
		col = append(col, s.invite)
	}
	col = append(col, worried, next, s.week, s.recentCard, page.SmallPrint(l.T(msgHomePrivacy)))
	return container.NewVScroll(container.NewPadded(container.NewVBox(col...)))
}

// quickActions jump to the sections a newcomer most often needs.
func (s *homeScreen) quickActions() fyne.CanvasObject {
	var buttons []fyne.CanvasObject
	for _, id := range []page.Section{page.SectionLearn, page.SectionJournal, page.SectionBoundaries, page.SectionMeetings} {
		buttons = append(buttons, s.k.Button(s.l.T(sections[id].title), sections[id].icon(), func() { s.nav.Go(id) }))
	}
	return page.NewFlow(buttons...)
}
