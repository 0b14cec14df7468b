"""Satisfaction surveys (滿意度調查, SPEC R19): questionnaire templates and the one of each
class, responses typed into a grid or imported (with a remembered column mapping for an
online form), the figures per class and per year, the 滿意度統計 export, the printed
滿意度調查結果, and the ``avg_satisfaction`` KPI measure."""
