from django.urls import path
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.routers import DefaultRouter

from . import views

app_name = "api"


class OpenDataRouter(DefaultRouter):
    APIRootView = views.OpenDataRootView
    include_format_suffixes = False


router = OpenDataRouter()
router.register("projects", views.ProjectViewSet, basename="project")
router.register("companies", views.CompanyViewSet, basename="company")
router.register("partners", views.PartnerViewSet, basename="partner")
router.register("priorities", views.PriorityViewSet, basename="priority")
router.register("themes", views.ThemeViewSet, basename="theme")
router.register("municipalities", views.MunicipalityViewSet, basename="municipality")
router.register("sdgs", views.SustainableDevelopmentGoalViewSet, basename="sdg")
router.register("funds", views.FundViewSet, basename="fund")
router.register("figures", views.FiguresViewSet, basename="figures")

urlpatterns = [
    path("schema/", SpectacularJSONAPIView.as_view(), name="schema"),
    path("docs/", views.DocsView.as_view(), name="docs"),
    *router.urls,
]
