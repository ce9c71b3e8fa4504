from django.urls import path

from . import views

app_name = "strategy"
urlpatterns = [
    path("strategy/", views.PriorityListView.as_view(), name="priority-list"),
    path("strategy/<slug:slug>/", views.PriorityDetailView.as_view(), name="priority-detail"),
    path("<slug:slug>/", views.StrategyPageView.as_view(), name="page"),
]
