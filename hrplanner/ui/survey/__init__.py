"""The satisfaction survey screens (R19): the response grid of a class typed from the
keyboard, its results with a bar chart per question, the questionnaire templates, the
online-form import, and the year's page across classes."""
