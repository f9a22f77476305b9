package content

import "github.com/nicksnyder/go-i18n/v2/i18n"

// SelfCareArea is one part of life the self-care rating of module 6 asks
// about, from 1 to 10. Its ID is what is stored.
type SelfCareArea struct {
	ID   string
	Name *i18n.Message
}

// SelfCareAreas are the areas, in the order they are asked.
var SelfCareAreas = []SelfCareArea{
	{ID: "sleep", Name: &i18n.Message{ID: "SelfCare.Area.Sleep", Description: "An area of life to rate", Other: "Sleep and rest"}},
	{ID: "health", Name: &i18n.Message{ID: "SelfCare.Area.Health", Description: "An area of life to rate", Other: "Body and health"}},
	{ID: "feelings", Name: &i18n.Message{ID: "SelfCare.Area.Feelings", Description: "An area of life to rate", Other: "Feelings and peace of mind"}},
	{ID: "people", Name: &i18n.Message{ID: "SelfCare.Area.People", Description: "An area of life to rate", Other: "Friends and family"}},
	{ID: "work", Name: &i18n.Message{ID: "SelfCare.Area.Work", Description: "An area of life to rate", Other: "Work, study or daily tasks"}},
	{ID: "money", Name: &i18n.Message{ID: "SelfCare.Area.Money", Description: "An area of life to rate", Other: "Money"}},
	{ID: "fun", Name: &i18n.Message{ID: "SelfCare.Area.Fun", Description: "An area of life to rate", Other: "Fun and things you enjoy"}},
	{ID: "meaning", Name: &i18n.Message{ID: "SelfCare.Area.Meaning", Description: "An area of life to rate", Other: "Time for yourself, meaning or faith"}},
}

// SelfCareAreaName is the message naming the area with this ID, or nil.
func SelfCareAreaName(id string) *i18n.Message {
	for _, a := range SelfCareAreas {
		if a.ID == id {
			return a.Name
		}
	}
	return nil
}
