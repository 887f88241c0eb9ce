namespace AIMediaTracker.Core.Model;

/// <summary>Whether a figure states what happened or was decided, or what someone expects.</summary>
public enum FigureBasis
{
    /// <summary>A fact or decision: cuts made or planned by an employer, a headcount, a deal, a round.</summary>
    Reported,

    /// <summary>An estimate, forecast, scenario, risk, exposure or survey result.</summary>
    Projected,
}
