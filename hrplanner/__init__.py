"""HR Planner (人事訓練考核管理): training, learning hours and appraisals for a personnel office."""

__version__ = "0.1.0"
