from django.urls import path

from . import views

app_name = "partners"
urlpatterns = [
    path("", views.PartnerListView.as_view(), name="partner-list"),
    path("join/", views.join, name="join"),
    path("join/thanks/", views.join_thanks, name="join-thanks"),
    path("<slug:slug>/", views.PartnerDetailView.as_view(), name="partner-detail"),
]
