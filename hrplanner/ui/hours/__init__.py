"""The 學習時數 page with its rule-set editor, and the 外部時數 page with its record dialog."""
