"""The 訓練班期 page: the class editor, the enrollment and attendance tabs, the training imports,
the sign-up mapping dialog and the class's print actions."""
